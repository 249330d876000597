package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** Whatever bytes a user feeds in, the language answers with diagnostics, never an exception. */
class RobustnessTest {

	private final LanguageFixture language = new LanguageFixture();

	@Test
	void everyTruncationOfAnExampleGivesDiagnosticsNotExceptions() {
		Path example = Examples.all().get(0);
		String text = Examples.read(example);
		int checked = 0;
		for (int end = 0; end < text.length(); end += 7) {
			String truncated = text.substring(0, end);
			List<Issue> issues = assertDoesNotThrow(() -> language.issues(truncated), "truncated at " + end);
			checked++;
			if (truncated.contains("{") && !truncated.contains("}")) {
				assertFalse(issues.isEmpty(), "an unclosed block must be reported, truncated at " + end);
			}
		}
		assertTrue(checked > 10);
	}

	@Test
	void binaryInputGivesDiagnostics() {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		String binary = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		List<Issue> issues = assertDoesNotThrow(() -> language.issues(binary));
		assertFalse(issues.isEmpty());
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() != null && i.getLineNumber() >= 1));
	}

	@Test
	void hugeInputOfFiftyThousandLinesGivesDiagnostics() {
		StringBuilder text = new StringBuilder("cluster big {\n    segment s {\n        cidr: 10.0.0.0/8\n    }\n");
		for (int i = 0; text.chars().filter(c -> c == '\n').count() < 50_000 && i < 20_000; i++) {
			text.append("    node n").append(i).append(" {\n        address: 10.").append(i / 250).append('.')
					.append(i % 250).append(".1 on s\n        pod-cidr: 100.").append(64 + i / 256).append('.')
					.append(i % 256).append(".0/24\n    }\n");
		}
		text.append("    this is not valid\n}\n");
		long lines = text.chars().filter(c -> c == '\n').count();
		assertTrue(lines >= 50_000, "lines: " + lines);
		List<Issue> issues = assertDoesNotThrow(() -> language.issues(text.toString()));
		assertTrue(issues.stream().anyMatch(i -> i.getLineNumber() >= 50_000), LanguageFixture.describe(issues.subList(0, Math.min(5, issues.size()))));
	}

	@Test
	void aFileMissingItsLastBraceIsAnErrorWithOldMacLineEndsToo() {
		// Xtext read past the text placing this error (it ends after the last lone '\r'), logged that
		// and dropped the error: the file validated clean and was PROVED (found by the fuzzer)
		String text = "cluster a {\r    segment s { cidr: 10.0.0.0/24 }\r";
		List<Issue> errors = assertDoesNotThrow(() -> language.errors(text));
		assertFalse(errors.isEmpty(), "the missing '}' is not reported");
		assertTrue(errors.stream().allMatch(i -> i.getLineNumber() >= 2 && i.getLineNumber() <= 3),
				"placed at the end of the file: " + LanguageFixture.describe(errors));
	}

	@Test
	void unbalancedBracesAndStrayCharactersGiveDiagnostics() {
		for (String bad : List.of("}}}}", "cluster {", "cluster a { segment s { cidr: 10.0.0.0/8 } } }", "cluster a { node n { address: 1.2.3.4.5 } }",
				"cluster a { cilium { mtu: -5 } }", "\u0000\u0001cluster", "cluster a { pod x 1.2.3.4 }")) {
			List<Issue> issues = assertDoesNotThrow(() -> language.issues(bad), bad);
			assertFalse(issues.isEmpty(), bad);
		}
	}
}
