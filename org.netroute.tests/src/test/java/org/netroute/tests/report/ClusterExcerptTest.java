package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.ClusterExcerpt;
import org.netroute.checker.report.ClusterExcerpt.Fold;
import org.netroute.checker.report.FailingPath;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.FileResult;
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
}
