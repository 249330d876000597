package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;

/** The command line's Alloy side: both engines by default, export-alloy, and instances in the report folder. */
class AlloyCommandsTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String example(String name) {
        return Path.of(System.getProperty("netroute.root", ".."), "examples", name).toString();
    }

    @Test
    void verifyCrossChecksBothEnginesByDefaultAndSaysTheReplayConfirmedAlloy() {
        CliRun run = run("verify", example("05-tunnel-low-mtu-link.netroute"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("mtu           VIOLATED"), run.out());
        assertTrue(run.out().contains("(found by Alloy, confirmed by replay)"), run.out());
    }

    @Test
    void alloyPastItsTimeoutLeavesThePropertyUnknownWithTheReason() {
        CliRun run = run("verify", "--engine", "alloy", "--timeout", "0.001", example("01-tunnel-vxlan-one-segment.netroute"));
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("UNKNOWN"), run.out());
        assertTrue(run.out().contains("within 0.001 s"), run.out());
    }

    @Test
    void aTimeoutUnderBothEnginesIsUnknownButNotADisagreement() {
        CliRun run = run("verify", "--timeout", "0.001", example("01-tunnel-vxlan-one-segment.netroute"));
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("alloy: the alloy engine did not decide"), run.out());
        assertFalse(run.out().contains("INTERNAL ERROR"), run.out());
    }

    @Test
    void aTimeoutThatIsNotPositiveIsAnInputError() {
        CliRun run = run("verify", "--timeout", "0", example("01-tunnel-vxlan-one-segment.netroute"));
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("--timeout must be a positive number of seconds"), run.err());
    }

    @Test
    void exportAlloyWritesOneModulePerClusterThatTheAlloyParserAccepts(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("cluster.als");
        CliRun run = run("export-alloy", example("15-multi-cluster-prod-staging.netroute"), "-o", output.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String cluster : new String[] { "prod", "staging" }) {
            String text = Files.readString(folder.resolve("cluster-" + cluster + ".als"));
            CompModule world = CompUtil.parseEverything_fromString(new A4Reporter(), text);
            assertTrue(world.getAllCommands().size() >= 3, "checks of " + cluster + ": " + world.getAllCommands());
        }
    }

    @Test
    void exportAlloyOfSeveralClustersToStandardOutputAsksForOne() {
        CliRun run = run("export-alloy", example("15-multi-cluster-prod-staging.netroute"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("choose one with --cluster"), run.err());
    }

    @Test
    void reportFolderGetsTheAlloyInstanceOfEachViolation(@TempDir Path folder) throws IOException {
        CliRun run = run("verify", "--out", folder.toString(), example("12-static-route-loop.netroute"));
        assertEquals(1, run.exitCode(), run.err());
        Path instance = folder.resolve("alloy-12-static-route-loop-campus-no-loop.xml");
        assertTrue(Files.readString(instance).contains("<alloy"), "an Alloy instance XML at " + instance);
    }

    @Test
    void reportsSayWhatTheProofRanOnAndAFaultIsFoundOnTheCompressedNetwork(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("racks.netroute");
        Files.writeString(file, NetRouteText.render(RackClusters.generate(Shape.TUNNEL_RACKS, 3, 4, 3,
                List.of(new Fault(FaultKind.NODE_FIREWALL, 1, 2)))));
        CliRun run = run("verify", "--out", folder.resolve("reports").toString(), file.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("proof ran on: alloy: 12 nodes, 36 pods -> "), run.out());
        assertTrue(run.out().contains("reachability  VIOLATED"), run.out());
        assertTrue(run.out().contains("(found by Alloy, confirmed by replay)"), run.out());
        assertTrue(run.out().contains("DENIED at r1n2"), run.out());
        String json = Files.readString(folder.resolve("reports").resolve("netroute.json"));
        assertTrue(json.contains("\"proofRanOn\""), json);
        try (var reports = Files.list(folder.resolve("reports"))) {
            assertTrue(reports.anyMatch(report -> report.getFileName().toString().matches(
                    "alloy-racks-.*-reachability-compressed\\.xml")), "no instance of the compressed network");
        }
    }
}
