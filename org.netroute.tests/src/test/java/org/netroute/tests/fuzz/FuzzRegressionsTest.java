package org.netroute.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that ever made a fuzz target fail, replayed through every target and oracle in
 * every build: the files of {@code src/test/resources/fuzz-regressions/} (.yaml and .json files
 * are dumps, replayed through {@code netroute import}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzRegressionsTest {

    private static final Path FOLDER = Path.of("src", "test", "resources", "fuzz-regressions");

    private FuzzHarness harness;

    @BeforeAll
    void startTargets() {
        harness = new FuzzHarness(new Findings(Path.of("target", "fuzz-findings")));
    }

    @AfterAll
    void stopTargets() {
        harness.close();
    }

    static Stream<Path> regressions() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> found = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(found.isEmpty(), "no regression inputs in " + FOLDER.toAbsolutePath());
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void passesEveryOracle(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".json")) {
            harness.runImport(new FuzzCase(name, text));
        } else {
            harness.replay(new FuzzCase(name, text));
        }
    }
}
