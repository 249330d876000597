package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyExporter;
import org.netroute.checker.report.ReportDirectory;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;

/**
 * What {@code export-alloy} writes is what a user opens in the Alloy Analyzer: one module that
 * parses on its own and whose checks, run by plain Alloy, give NetRoute's verdicts; and the
 * instance a report writes is the one the engine found, not a second solve.
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

    /** An engine that counts how often it is asked: reporting must not ask again. */
    private static final class Counting implements Engine {

        private final AlloyEngine alloy = new AlloyEngine();
        private final AtomicInteger asked = new AtomicInteger();

        @Override
        public String name() {
            return alloy.name();
        }

        @Override
        public Verdict check(Topology topology, Property property) {
            return answer(topology, property).verdict();
        }

        @Override
        public Answer answer(Topology topology, Property property) {
            asked.incrementAndGet();
            return alloy.answer(topology, property);
        }
    }

    @Test
    void theInstanceWrittenForAViolationIsTheCounterexampleReported(@TempDir Path directory) throws Exception {
        Topology topology = CLUSTERS.load("tunnel-port-denied.netroute");
        Counting engine = new Counting();
        ClusterResult cluster = new Verifier(null, EngineChoice.of(engine), Verifier.DEFAULT_TIME_LIMIT).verify(topology);
        PropertyResult reachability = cluster.properties().get(0);
        Counterexample reported = assertInstanceOf(Verdict.Violated.class, reachability.verdict()).counterexample();
        FileResult file = new FileResult("tunnel-port-denied.netroute", List.of(), List.of(cluster));

        List<Path> written = new ReportDirectory(directory).write(List.of(file), List.of());

        assertEquals(3, engine.asked.get(), "writing the reports asked the engine again");
        Path instance = directory.resolve("alloy-tunnel-port-denied-" + topology.name() + "-reachability.xml");
        assertEquals(List.of(instance), written);
        CompModule world = CompUtil.parseEverything_fromString(A4Reporter.NOP, exporter.module(topology));
        A4Solution read = A4SolutionReader.read(world.getAllReachableSigs(), new XMLNode(instance.toFile()));
        assertTrue(read.satisfiable());
        // in that instance, the reported destination is the pod that some other pod's node cannot reach
        String violation = "(Pod - pod_%1$s).podNode in deliveredFrom[pod_%1$s.podAddress, probeSize]";
        assertEquals(Boolean.FALSE, read.eval(CompUtil.parseOneExpression_fromString(world,
                violation.formatted(reported.to()))));
    }

    @Test
    void provedPropertyKeepsNoInstance() {
        PropertyResult reachability = new Verifier(new AlloyEngine()).verify(CLUSTERS.load("tunnel-two-racks.netroute"))
                .properties().get(0);
        assertEquals(Verdict.Status.PROVED, reachability.verdict().status());
        assertTrue(reachability.evidence().isEmpty());
    }
}
