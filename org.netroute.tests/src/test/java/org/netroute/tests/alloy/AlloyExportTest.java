package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyExporter;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.XMLNode;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4SolutionReader;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;

import kodkod.engine.satlab.SATFactory;

/**
 * What {@code export-alloy} writes is what a user opens in the Alloy Analyzer: one module that
 * parses on its own and whose checks, run by plain Alloy, give NetRoute's verdicts.
 */
class AlloyExportTest {

    private static final Clusters CLUSTERS = new Clusters();

    private final AlloyExporter exporter = new AlloyExporter();

    @Test
    void exportedModuleParsesWithOneCheckPerProperty() {
        CompModule world = CompUtil.parseEverything_fromString(A4Reporter.NOP,
                exporter.module(CLUSTERS.load("tunnel-two-racks.netroute")));
        assertEquals(List.of("reachability", "noLoop", "mtu"),
                world.getAllCommands().stream().map(command -> command.label).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tunnel-two-racks.netroute", "tunnel-port-denied.netroute",
            "native-adnr-two-segments.netroute", "native-bgp-loop.netroute", "tunnel-small-wan.netroute"})
    void exportedChecksRunByPlainAlloyGiveTheEngineVerdicts(String example) {
        Topology topology = CLUSTERS.load(example);
        CompModule world = CompUtil.parseEverything_fromString(A4Reporter.NOP, exporter.module(topology));
        A4Options options = new A4Options();
        options.solver = SATFactory.get("sat4j");
        AlloyEngine engine = new AlloyEngine();
        for (Command command : world.getAllCommands()) {
            Property property = Property.byId(command.label.equals("noLoop") ? "no-loop" : command.label);
            A4Solution solution = TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, world.getAllReachableSigs(),
                    command, options);
            boolean violated = engine.check(topology, property).status() == Verdict.Status.VIOLATED;
            assertEquals(violated, solution.satisfiable(), example + " " + command.label);
        }
    }

    @Test
    void counterexampleIsWrittenAsAlloyInstanceXml(@TempDir Path directory) throws Exception {
        Topology topology = CLUSTERS.load("tunnel-port-denied.netroute");
        Path file = directory.resolve("reachability.xml");
        assertTrue(exporter.writeCounterexample(topology, Property.REACHABILITY, file));
        CompModule world = CompUtil.parseEverything_fromString(A4Reporter.NOP, exporter.module(topology));
        A4Solution read = A4SolutionReader.read(world.getAllReachableSigs(), new XMLNode(file.toFile()));
        assertTrue(read.satisfiable());
        assertTrue(Files.readString(file).contains("n_worker1"));
    }

    @Test
    void provedPropertyWritesNoCounterexample(@TempDir Path directory) {
        Path file = directory.resolve("reachability.xml");
        assertFalse(exporter.writeCounterexample(CLUSTERS.load("tunnel-two-racks.netroute"), Property.REACHABILITY, file));
        assertFalse(Files.exists(file));
    }
}
