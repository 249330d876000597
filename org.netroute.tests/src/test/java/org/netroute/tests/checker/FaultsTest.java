package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.cli.ExitCodes;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Shape;

import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * When the machinery fails (the solver throws, runs out of memory or is interrupted, a report
 * cannot be written, an input file vanishes mid-run) the answer is UNKNOWN or a clear error, never
 * PROVED and never a stack trace; the reports stay well-formed and no user file is touched.
 */
class FaultsTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("netroute.root", ".."), "examples",
            "01-tunnel-vxlan-one-segment.netroute");

    /** An engine that fails the way a solver can, with a message full of characters reports must escape. */
    private record FailingEngine(Supplier<RuntimeException> exception, Error error) implements Engine {
        @Override
        public String name() {
            return "alloy";
        }

        @Override
        public Verdict check(Topology topology, Property property) {
            if (error != null) {
                throw error;
            }
            throw exception.get();
        }
    }

    @Test
    void aSolverThatThrowsGivesUnknownAndWellFormedReports() throws Exception {
        assertUnknownEverywhere(new FailingEngine(
                () -> new IllegalStateException("kodkod: \"<&>\" \u0000 broke\nsecond line"), null));
    }

    @Test
    void aSolverThatRunsOutOfMemoryGivesUnknown() throws Exception {
        assertUnknownEverywhere(new FailingEngine(null, new OutOfMemoryError("Java heap space")));
    }

    @Test
    void anInterruptedSolverGivesUnknown() throws Exception {
        assertUnknownEverywhere(new FailingEngine(() -> {
            Thread.currentThread().interrupt();
            return new RuntimeException(new InterruptedException("solver interrupted"));
        }, null));
    }

    private static void assertUnknownEverywhere(Engine engine) throws Exception {
        byte[] before = Files.readAllBytes(EXAMPLE);
        List<FileResult> results = new Verifier(null, EngineChoice.of(engine), Verifier.DEFAULT_TIME_LIMIT)
                .verifyPaths(List.of(EXAMPLE), Monitor.none());
        for (PropertyResult property : results.get(0).clusters().get(0).properties()) {
            assertEquals(Verdict.Status.UNKNOWN, property.verdict().status(), property.toString());
            assertTrue(((Verdict.Unknown) property.verdict()).reason().contains("failed"), property.toString());
        }
        assertEquals(ExitCodes.UNKNOWN, ExitCodes.of(results));
        assertWellFormed(results);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(EXAMPLE));
    }

    private static void assertWellFormed(List<FileResult> results) throws Exception {
        StringWriter json = new StringWriter();
        new JsonReport().write(results, json);
        JsonReader reader = new JsonReader(new StringReader(json.toString()));
        reader.setLenient(false);
        JsonParser.parseReader(reader);
        assertEquals(JsonToken.END_DOCUMENT, reader.peek(), json.toString());
        StringWriter xml = new StringWriter();
        new JUnitXmlReport().write(results, xml);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReportFolderThatCannotBeWrittenIsAnErrorAfterTheVerdicts(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "keep me");
        CliRun run = CliRun.of("verify", "--engine", "interpreter", "--out", file.resolve("reports").toString(),
                EXAMPLE.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.err());
        assertTrue(run.out().contains("reachability  PROVED"), run.out());
        assertTrue(run.err().contains("cannot write reports to"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void anInputFileThatVanishesMidRunIsAnErrorNamingIt(@TempDir Path temp) throws Exception {
        Path first = Files.copy(EXAMPLE, temp.resolve("a.netroute"));
        Path second = Files.copy(EXAMPLE, temp.resolve("b.netroute"));
        Monitor deleteSecond = new Monitor() {
            @Override
            public void checking(String cluster, Property property, String engine) {
                try {
                    Files.deleteIfExists(second);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        List<FileResult> results = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT)
                .verifyPaths(List.of(temp), deleteSecond);
        assertEquals(2, results.size());
        assertFalse(results.get(0).hasErrors());
        assertTrue(results.get(1).hasErrors());
        assertTrue(results.get(1).diagnostics().get(0).message().contains("b.netroute: no such file"),
                results.get(1).diagnostics().toString());
        assertEquals(ExitCodes.INPUT_ERROR, ExitCodes.of(results));
        assertWellFormed(results);
        assertTrue(Files.exists(first));
    }

    /** A real JVM with a small heap on a cluster too large for it: a clear answer, no trace, no PROVED of all. */
    @Test
    void aRealOutOfMemoryInASmallHeapIsAClearAnswer(@TempDir Path temp) throws Exception {
        Topology large = RackClusters.generate(Shape.TUNNEL_RACKS, 20, 50, 30, List.of());
        Path file = Files.writeString(temp.resolve("large.netroute"), NetRouteText.render(large));
        byte[] before = Files.readAllBytes(file);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:-UseGCOverheadLimit", "-cp", System.getProperty("java.class.path"),
                "org.netroute.cli.NetRouteCommand", "verify", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command ends");
        String text = new String(output, StandardCharsets.UTF_8);
        assertTrue(process.exitValue() == ExitCodes.INPUT_ERROR || process.exitValue() == ExitCodes.UNKNOWN,
                "exit " + process.exitValue() + "\n" + text);
        assertTrue(text.contains("out of memory") || text.contains("OutOfMemoryError"), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
        assertNotEquals(3, text.split("PROVED", -1).length - 1, "not every property PROVED:\n" + text);
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }
}
