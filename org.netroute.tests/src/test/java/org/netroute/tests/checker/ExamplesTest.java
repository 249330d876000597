package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;

/**
 * Every example's verdicts match the {@code // expect} lines at its top, and its violations the
 * {@code // expect-counterexample} lines, under each engine and both together.
 */
class ExamplesTest {

    private static final Pattern EXPECT = Pattern.compile("^// expect(?: (\\S+))?: (.*)$");
    private static final Pattern COUNTEREXAMPLE = Pattern.compile("^// expect-counterexample(?: (\\S+))?: (.*)$");

    @TestFactory
    Stream<DynamicTest> everyExampleHasItsExpectedVerdicts() throws IOException {
        return examplesUnder(new InterpreterEngine());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHasItsExpectedVerdictsUnderAlloy() throws IOException {
        return examplesUnder(new AlloyEngine());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHasItsExpectedVerdictsWhenBothEnginesMustAgree() throws IOException {
        return examplesUnder(new Engines().named(Engines.BOTH));
    }

    private static Stream<DynamicTest> examplesUnder(Engine engine) throws IOException {
        return examplesUnder(EngineChoice.of(engine));
    }

    private static Stream<DynamicTest> examplesUnder(EngineChoice engine) throws IOException {
        Path examples = Path.of(System.getProperty("netroute.root", ".."), "examples");
        Verifier verifier = new Verifier(null, engine, Verifier.DEFAULT_TIME_LIMIT);
        List<Path> files;
        try (Stream<Path> walk = Files.list(examples)) {
            files = walk.filter(p -> p.toString().endsWith(".netroute")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no examples in " + examples);
        return files.stream().map(file -> DynamicTest.dynamicTest(engine.name() + " " + file.getFileName(), () -> {
            FileResult result = verifier.verify(file);
            assertFalse(result.hasErrors(), result.diagnostics().toString());
            List<String> lines = Files.readAllLines(file);
            List<String> expected = new ArrayList<>();
            for (String line : lines) {
                Matcher matcher = EXPECT.matcher(line.trim());
                if (matcher.matches()) {
                    expected.add((matcher.group(1) == null ? "" : matcher.group(1) + ": ") + matcher.group(2).trim());
                }
            }
            List<String> actual = new ArrayList<>();
            for (ClusterResult cluster : result.clusters()) {
                StringBuilder verdicts = new StringBuilder(result.clusters().size() > 1 ? cluster.name() + ": " : "");
                for (PropertyResult property : cluster.properties()) {
                    verdicts.append(property.property().id()).append('=').append(property.verdict().status()).append(' ');
                }
                actual.add(verdicts.toString().trim());
            }
            assertEquals(expected, actual);
            checkHowViolationsFail(file, lines, result);
        }));
    }

    /**
     * Every VIOLATED verdict is stated with its disposition, and its device where the example has
     * only one: a violation found for the wrong reason fails here, not only a wrong verdict.
     */
    private static void checkHowViolationsFail(Path file, List<String> lines, FileResult result) {
        List<String> stated = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = COUNTEREXAMPLE.matcher(line.trim());
            if (matcher.matches()) {
                for (String claim : matcher.group(2).trim().split("\\s+")) {
                    stated.add((matcher.group(1) == null ? "" : matcher.group(1) + ": ") + claim);
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (ClusterResult cluster : result.clusters()) {
            for (PropertyResult property : cluster.properties()) {
                if (property.verdict() instanceof Verdict.Violated violated) {
                    String prefix = (result.clusters().size() > 1 ? cluster.name() + ": " : "")
                            + property.property().id() + "=" + violated.counterexample().disposition();
                    String withDevice = prefix + "@" + violated.counterexample().at();
                    found.add(stated.contains(withDevice) ? withDevice : prefix);
                }
            }
        }
        assertEquals(stated, found, file.getFileName() + ": how each violation fails");
    }
}
