package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.checker.report.ClusterLayout;
import org.netroute.checker.report.Diagram;
import org.netroute.checker.report.ClusterExcerpt;
import org.netroute.checker.report.ClusterExcerpt.Fold;
import org.netroute.checker.report.FailingPath;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

/** What a counterexample's picture draws of a cluster, and how it folds the rest. */
class ClusterExcerptTest {

    private static Counterexample counterexample(FileResult result, Property property) {
        Verdict verdict = result.clusters().get(0).properties().get(property.ordinal()).verdict();
        return ((Verdict.Violated) verdict).counterexample();
    }

    @Test
    void aSmallClusterIsDrawnWhole() {
        Topology fifty = Reports.topology(Reports.resource("fifty-nodes-wan-mtu.netroute"));
        Counterexample counterexample = counterexample(Reports.verify(Reports.resource("fifty-nodes-wan-mtu.netroute")),
                Property.MTU);
        ClusterExcerpt excerpt = ClusterExcerpt.of(fifty, counterexample, FailingPath.of(counterexample, fifty));
        assertTrue(excerpt.isWhole());
        assertEquals(52, excerpt.devices().size());
        assertEquals(4, excerpt.segments().size());
    }

    @Test
    void racksBehindTheirRoutersFoldIntoOneBoxThatCountsNodesRoutersAndPods() {
        Topology topology = RackClusters.generate(Shape.NATIVE_BGP, 10, 10, 2, List.of(new Fault(FaultKind.NULL_ROUTE, 3, 7)));
        FileResult result = Reports.verifyText(NetRouteText.render(topology), "bgp-null-route.netroute");
        Topology read = result.clusters().get(0).topology().orElseThrow();
        Counterexample counterexample = counterexample(result, Property.REACHABILITY);
        FailingPath path = FailingPath.of(counterexample, read);
        ClusterExcerpt excerpt = ClusterExcerpt.of(read, counterexample, path);

        assertFalse(excerpt.isWhole(), "10 racks of 10 nodes, 11 routers and 20 segments are over the limit");
        path.moves().forEach(move -> {
            assertTrue(excerpt.devices().containsAll(Set.of(move.from(), move.to())), move + " drawn");
            assertTrue(excerpt.segments().contains(move.segment()), move + " drawn");
        });
        assertTrue(excerpt.devices().contains(path.failingDevice()));
        int folded = excerpt.folds().stream().mapToInt(Fold::nodes).sum();
        long drawnNodes = excerpt.devices().stream().filter(name -> read.node(name).isPresent()).count();
        assertEquals(100, drawnNodes + folded, "every node drawn or folded, none twice");
        Fold behindCore = excerpt.folds().stream().filter(fold -> fold.routers().contains("core")).findFirst()
                .orElseThrow(() -> new AssertionError("the racks the path does not touch hang off the core: " + excerpt));
        assertTrue(behindCore.lines().stream().anyMatch(line -> line.matches("\\d+ other routers:")), behindCore.lines().toString());
        assertTrue(behindCore.lines().contains(behindCore.nodes() * 2 + " pods"), behindCore.lines().toString());
        assertFalse(excerpt.devices().contains("r3n7"), "the destination's rack is not on the path");
        assertTrue(behindCore.lines().contains("with r3n7, the destination"), behindCore.lines().toString());
        assertTrue(excerpt.folds().size() <= 4, "a few boxes, not one per rack: " + excerpt.folds());
    }

    static Stream<Arguments> faultyClusters() {
        return Stream.of(
                Arguments.of(Shape.TUNNEL_RACKS, FaultKind.RACK_MTU, 3, 0),
                Arguments.of(Shape.TUNNEL_RACKS, FaultKind.NODE_FIREWALL, 3, 7),
                Arguments.of(Shape.NATIVE_BGP, FaultKind.RACK_MTU, 3, 0),
                Arguments.of(Shape.NATIVE_BGP, FaultKind.MISROUTE, 3, 7),
                Arguments.of(Shape.NATIVE_BGP, FaultKind.UNPEERED, 3, 7),
                Arguments.of(Shape.NATIVE_BGP_GATEWAY, FaultKind.RACK_MTU, 3, 0),
                Arguments.of(Shape.NATIVE_BGP_GATEWAY, FaultKind.NULL_ROUTE, 3, 7),
                Arguments.of(Shape.NATIVE_DIRECT, FaultKind.BEHIND_ROUTER, 0, 7));
    }

    /** Every violation of every shape gets a picture: the path's boxes drawn and wired, none overlapping, every node counted once. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("faultyClusters")
    void everyCounterexampleOfALargeClusterIsDrawnAndTheRestFolded(Shape shape, FaultKind kind, int rack, int node) {
        Topology topology = RackClusters.generate(shape, 10, 10, 3, List.of(new Fault(kind, rack, node)));
        FileResult result = Reports.verifyText(NetRouteText.render(topology), "faulty.netroute");
        Topology read = result.clusters().get(0).topology().orElseThrow();
        List<Counterexample> counterexamples = result.clusters().get(0).properties().stream()
                .map(PropertyResult::verdict).filter(Verdict.Violated.class::isInstance)
                .map(verdict -> ((Verdict.Violated) verdict).counterexample()).toList();
        assertFalse(counterexamples.isEmpty(), "the fault is found");
        for (Counterexample counterexample : counterexamples) {
            FailingPath path = FailingPath.of(counterexample, read);
            ClusterExcerpt excerpt = ClusterExcerpt.of(read, counterexample, path);
            Diagram diagram = new ClusterLayout().layOut(read, excerpt, counterexample.hops().get(0).device(),
                    Set.of(counterexample.from(), counterexample.to()), Map.of());
            for (FailingPath.Move move : path.moves()) {
                assertTrue(diagram.wire(move.from(), move.segment()).isPresent(), move + " leaves on a drawn wire");
                assertTrue(diagram.wire(move.to(), move.segment()).isPresent(), move + " arrives on a drawn wire");
            }
            assertTrue(diagram.device(path.failingDevice()).isPresent(), "the failing device is drawn");
            long drawnNodes = excerpt.devices().stream().filter(name -> read.node(name).isPresent()).count();
            assertEquals(100, drawnNodes + excerpt.folds().stream().mapToInt(Fold::nodes).sum(), excerpt.toString());
            assertTrue(diagram.boxes().size() <= 20, "a picture of the path: " + diagram.boxes().size() + " boxes");
            List<Diagram.Box> boxes = diagram.boxes();
            for (int first = 0; first < boxes.size(); first++) {
                for (int second = first + 1; second < boxes.size(); second++) {
                    assertFalse(boxes.get(first).overlaps(boxes.get(second)), boxes.get(first) + " overlaps " + boxes.get(second));
                }
            }
        }
    }
}
