package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.PodMtuGroups;
import org.netroute.checker.verify.NodeMtu;

/** Pod MTUs are told by group, so that a large cluster's report stays short and odd nodes stand out. */
class PodMtuGroupsTest {

    @Test
    void aLargeGroupIsCountedAndSmallOnesNamed() {
        List<NodeMtu> nodes = new ArrayList<>();
        for (int n = 0; n < 4_998; n++) {
            nodes.add(new NodeMtu("node-" + n, 1450));
        }
        nodes.add(17, new NodeMtu("worker-17", 8950));
        nodes.add(18, new NodeMtu("worker-18", 8950));
        assertEquals("4,998 nodes: 1450; worker-17, worker-18: 8950", PodMtuGroups.words(nodes));
    }

    @Test
    void aSmallClusterNamesEveryNode() {
        assertEquals("a, b, c: 1500", PodMtuGroups.words(List.of(new NodeMtu("a", 1500), new NodeMtu("b", 1500),
                new NodeMtu("c", 1500))));
    }
}
