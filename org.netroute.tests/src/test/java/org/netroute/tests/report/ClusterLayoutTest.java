package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.ClusterLayout;
import org.netroute.checker.report.Diagram.Box;
import org.netroute.checker.report.Diagram.Point;
import org.netroute.checker.report.Diagram;
import org.netroute.checker.topology.Topology;

/** ELK's layered layout of a cluster: nothing overlaps, wires join what they attach, paths read left to right. */
class ClusterLayoutTest {

    private final Topology fifty = Reports.topology(Reports.resource("fifty-nodes-wan-mtu.netroute"));
    private final Diagram diagram = new ClusterLayout().layOut(fifty, "worker-01", Set.of("app-01"), Map.of("core", "note"));

    @Test
    void everyNodeRouterAndSegmentHasABox() {
        assertEquals(50 + 2 + 4, diagram.boxes().size());
        assertEquals(50 + 3 + 2, diagram.wires().size(), "one wire per node, one per router interface");
    }

    @Test
    void noTwoBoxesOverlapAtFiftyNodes() {
        List<Box> boxes = diagram.boxes();
        for (int first = 0; first < boxes.size(); first++) {
            for (int second = first + 1; second < boxes.size(); second++) {
                assertFalse(boxes.get(first).overlaps(boxes.get(second)), boxes.get(first) + " overlaps " + boxes.get(second));
            }
        }
    }

    @Test
    void fiftyNodesStayWithinAFewScreensAtFullSize() {
        assertTrue(diagram.width() < 2400, "at most two screens wide: " + diagram.width());
        assertTrue(diagram.height() < 1400, "nodes of one segment stack in one column: " + diagram.height());
    }

    @Test
    void wiresRunFromTheDeviceBoxToTheSegmentBox() {
        for (Diagram.Wire wire : diagram.wires()) {
            Box device = diagram.device(wire.device()).orElseThrow();
            Box segment = diagram.segment(wire.segment()).orElseThrow();
            assertTrue(touches(device, wire.points().get(0)), wire + " starts at " + device);
            assertTrue(touches(segment, wire.points().get(wire.points().size() - 1)), wire + " ends at " + segment);
        }
    }

    @Test
    void packetsStartOnTheLeft() {
        Box start = diagram.device("worker-01").orElseThrow();
        Box far = diagram.device("worker-50").orElseThrow();
        assertTrue(start.x() < diagram.segment("rack-a").orElseThrow().x());
        assertTrue(diagram.segment("rack-a").orElseThrow().x() < diagram.device("core").orElseThrow().x());
        assertTrue(diagram.device("core").orElseThrow().x() < far.x());
    }

    @Test
    void shownPodsAreWrittenIntoTheirNode() {
        assertTrue(diagram.device("worker-01").orElseThrow().lines().contains("pod app-01 10.1.1.10"));
        assertEquals(2, diagram.device("worker-02").orElseThrow().lines().size());
    }

    private static boolean touches(Box box, Point point) {
        double slack = 1.0;
        return point.x() >= box.x() - slack && point.x() <= box.x() + box.width() + slack && point.y() >= box.y() - slack
                && point.y() <= box.y() + box.height() + slack;
    }
}
