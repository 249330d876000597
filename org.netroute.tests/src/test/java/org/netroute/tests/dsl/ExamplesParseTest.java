package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped example is a valid .netroute file: no syntax, linking or validation errors. */
class ExamplesParseTest {

	private final LanguageFixture language = new LanguageFixture();

	static Stream<Path> examples() {
		return Examples.all().stream();
	}

	@Test
	void thereAreAtLeastTenExamples() {
		assertTrue(Examples.all().size() >= 10, () -> "examples: " + Examples.all());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleHasNoErrors(Path example) {
		List<Issue> errors = language.errors(Examples.read(example));
		assertEquals(List.of(), errors, () -> example + "\n" + LanguageFixture.describe(errors));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleStatesItsExpectedVerdicts(Path example) {
		String first = Examples.read(example).lines().findFirst().orElse("");
		assertTrue(first.matches("// expect( [\\w-]+)?: reachability=(PROVED|VIOLATED) no-loop=(PROVED|VIOLATED) mtu=(PROVED|VIOLATED)"),
				() -> example + " starts with: " + first);
	}
}
