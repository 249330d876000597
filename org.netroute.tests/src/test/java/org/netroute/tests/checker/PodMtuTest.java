package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netroute.checker.topology.PodMtu;
import org.netroute.checker.topology.RoutingMode;

class PodMtuTest {

    @ParameterizedTest(name = "{0}, cilium mtu {1}, segment {2} -> pod MTU {3}")
    @CsvSource({
        "TUNNEL, 1400, 1500, 1350",
        "NATIVE, 1400, 1500, 1400",
        "TUNNEL,    0, 1500, 1450",
        "TUNNEL,    0, 9000, 8950",
        "NATIVE,    0, 9001, 9001",
        "TUNNEL, 9000, 1500, 8950",
    })
    void podMtuIsBaseMinusTunnelOverhead(RoutingMode mode, int configuredMtu, int segmentMtu, int expected) {
        assertEquals(expected, PodMtu.of(mode, configuredMtu, segmentMtu));
    }

    @org.junit.jupiter.api.Test
    void podMtuOfParsedClusterUsesTheNodesSegment() {
        var topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: tunnel }
                    segment small { cidr: 192.168.1.0/24 mtu: 1500 }
                    segment jumbo { cidr: 192.168.2.0/24 mtu: 9000 }
                    node a { address: 192.168.1.10 on small pod-cidr: 10.0.1.0/24 }
                    node b { address: 192.168.2.10 on jumbo pod-cidr: 10.0.2.0/24 }
                }
                """);
        assertEquals(1450, topology.podMtu(topology.node("a").orElseThrow()));
        assertEquals(8950, topology.podMtu(topology.node("b").orElseThrow()));
    }
}
