package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.cli.ExitCodes;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/** The {@code netroute} command line: exit codes, JSON shape, trace output, user errors. */
class CommandLineTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String resource(String name) {
        return Path.of("src/test/resources/checker", name).toString();
    }

    @Test
    void verifyExitsZeroWhenEveryPropertyIsProved() {
        CliRun run = run("verify", resource("proved.netroute"));
        assertEquals(ExitCodes.PROVED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("reachability  PROVED"), run.out());
        assertTrue(run.out().contains("pod MTU: worker1, worker2: 1450"), run.out());
    }

    @Test
    void verifyExitsOneWhenAPropertyIsViolatedAndPrintsTheCounterexample() {
        CliRun run = run("verify", resource("mtu-violated.netroute"));
        assertEquals(ExitCodes.VIOLATED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("web -> db: MTU_EXCEEDED at worker1"), run.out());
        assertTrue(run.out().contains("1. worker1: encapsulate VXLAN to worker2"), run.out());
    }

    @Test
    void verifyExitsTwoOnValidationErrorsAndPrintsFileLineColumnButNoVerdict() {
        CliRun run = run("verify", resource("invalid.netroute"));
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.out().contains("invalid.netroute:3:"), run.out());
        assertFalse(run.out().contains("PROVED") || run.out().contains("VIOLATED"), run.out());
    }

    @Test
    void verifyExitsTwoOnAMissingPath() {
        CliRun run = run("verify", "no/such/file.netroute");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.out().contains("no such file or folder"), run.out());
    }

    @Test
    void verifyOfAFolderReadsEveryNetrouteFileRecursively(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(Path.of(resource("proved.netroute")), folder.resolve("sub/a.netroute"));
        Files.writeString(folder.resolve("notes.txt"), "not a cluster");
        CliRun run = run("verify", "--format", "json", folder.toString());
        assertEquals(ExitCodes.PROVED, run.exitCode(), run.out() + run.err());
        JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
        assertEquals(1, files.size());
        assertTrue(files.get(0).get("file").asText().endsWith("a.netroute"));
    }

    @Test
    void exitCodeIsThreeWhenSomethingIsUnknownAndNothingViolated() {
        FileResult unknown = new FileResult("x.netroute", List.of(), List.of(new ClusterResult("c", List.of(),
                List.of(new PropertyResult(Property.REACHABILITY, Verdict.proved(), 1),
                        new PropertyResult(Property.MTU, Verdict.unknown("timeout"), 1)))));
        assertEquals(ExitCodes.UNKNOWN, ExitCodes.of(List.of(unknown)));
    }

    @Test
    void podMtuInTextAndJsonReflectsEncryption() throws Exception {
        Path example = Path.of(System.getProperty("netroute.root", ".."), "examples", "21-ipsec-native-bgp-jumbo.netroute");
        CliRun text = run("verify", "--engine", "interpreter", example.toString());
        assertTrue(text.out().contains("pod MTU: bm-a1, bm-a2, bm-b1: 8923"), text.out());
        CliRun json = run("verify", "--engine", "interpreter", "--format", "json", example.toString());
        JsonNode nodes = new ObjectMapper().readTree(json.out()).get("files").get(0).get("clusters").get(0).get("nodes");
        assertEquals(9000 - 77, nodes.get(0).get("podMtu").asInt());
    }

    @Test
    void jsonReportHasTheShapeOfLanguageMd() throws Exception {
        CliRun run = run("verify", "--format", "json", resource("mtu-violated.netroute"));
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertTrue(file.get("diagnostics").isArray());
        JsonNode cluster = file.get("clusters").get(0);
        assertEquals("prod", cluster.get("name").asText());
        assertEquals("worker1", cluster.get("nodes").get(0).get("name").asText());
        assertEquals(1450, cluster.get("nodes").get(0).get("podMtu").asInt());
        JsonNode properties = cluster.get("properties");
        assertEquals(List.of("reachability", "no-loop", "mtu"),
                List.of(properties.get(0).get("property").asText(), properties.get(1).get("property").asText(),
                        properties.get(2).get("property").asText()));
        JsonNode mtu = properties.get(2);
        assertEquals("VIOLATED", mtu.get("verdict").asText());
        assertTrue(mtu.get("millis").isIntegralNumber());
        JsonNode counterexample = mtu.get("counterexample");
        assertEquals("web", counterexample.get("from").asText());
        assertEquals("db", counterexample.get("to").asText());
        assertEquals("MTU_EXCEEDED", counterexample.get("disposition").asText());
        assertEquals("worker1", counterexample.get("at").asText());
        assertFalse(counterexample.get("explanation").asText().isEmpty());
        JsonNode hop = counterexample.get("hops").get(0);
        assertEquals("worker1", hop.get("device").asText());
        assertEquals(1500, hop.get("bytes").asInt());
        assertTrue(hop.get("action").isTextual());
    }

    @Test
    void jsonReportOfAnInvalidFileHasDiagnosticsWithLineAndColumn() throws Exception {
        CliRun run = run("verify", "--format", "json", resource("invalid.netroute"));
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        JsonNode diagnostic = new ObjectMapper().readTree(run.out()).get("files").get(0).get("diagnostics").get(0);
        assertEquals("error", diagnostic.get("severity").asText());
        assertEquals(3, diagnostic.get("line").asInt());
        assertTrue(diagnostic.get("column").asInt() > 0);
        assertEquals(0, new ObjectMapper().readTree(run.out()).get("files").get(0).get("clusters").size());
    }

    @Test
    void tracePrintsEveryHopWithDeviceActionAndSize() {
        CliRun run = run("trace", resource("proved.netroute"), "--from", "web", "--to", "db", "--size", "1450");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1. worker1: encapsulate VXLAN to worker2 (192.168.1.12), UDP 8472, +50 bytes [1500 bytes]"),
                run.out());
        assertTrue(run.out().contains("worker2: decapsulate VXLAN"), run.out());
        assertTrue(run.out().contains("DELIVERED at worker2"), run.out());
    }

    @Test
    void traceToAnAddressReportsWhereItStops() {
        CliRun run = run("trace", resource("proved.netroute"), "--from", "web", "--to", "10.0.2.99");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("NO_ROUTE at worker2"), run.out());
    }

    @Test
    void traceFromAnUnknownPodIsAClearErrorWithExitTwo() {
        CliRun run = run("trace", resource("proved.netroute"), "--from", "nginx", "--to", "db");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("unknown pod 'nginx'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void traceToAnUnknownPodIsAClearErrorWithExitTwo() {
        CliRun run = run("trace", resource("proved.netroute"), "--from", "web", "--to", "nginx");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("unknown pod 'nginx'"), run.err());
    }
}
