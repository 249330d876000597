package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.PodMtu;
import org.netroute.checker.topology.RoutingMode;

class PodMtuTest {

    /**
     * The oracle: the rows of Cilium's own {@code pkg/mtu/mtu_test.go} (TestNewConfiguration, the
     * v1.16 line; NetRoute follows v1.16.2, docs/SEMANTICS.md), where every configuration has a
     * device MTU of 1400 and the test asserts {@code GetRouteMTU()}, the pods' MTU:
     * no encryption or tunnel: {@code GetDeviceMTU()}; tunnel: {@code - TunnelOverhead};
     * IPsec with the default 16-byte key: {@code - EncryptionIPsecOverhead}; IPsec and tunnel:
     * {@code - (TunnelOverhead+EncryptionIPsecOverhead)}; WireGuard: {@code - WireguardOverhead};
     * WireGuard and tunnel: {@code - (WireguardOverhead+TunnelOverhead)}, with the constants of
     * {@code pkg/mtu/mtu.go} at v1.16.2 (50, 77, 80). Written out, not computed, so that a change
     * of NetRoute's constants cannot pass unnoticed.
     */
    @ParameterizedTest(name = "Cilium v1.16.2 mtu_test.go: {0}, {1}, device MTU 1400 -> route MTU {2}")
    @CsvSource({
        "NATIVE, NONE,      1400",
        "TUNNEL, NONE,      1350",
        "NATIVE, IPSEC,     1323",
        "TUNNEL, IPSEC,     1273",
        "NATIVE, WIREGUARD, 1320",
        "TUNNEL, WIREGUARD, 1270",
    })
    void podMtuMatchesCiliumsMtuTest(RoutingMode mode, Encryption encryption, int expected) {
        assertEquals(expected, PodMtu.of(mode, encryption, 1400, 1500));
        assertEquals(expected, PodMtu.of(mode, encryption, 0, 1400), "a device (segment) MTU of 1400, cilium mtu auto");
    }

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

    @org.junit.jupiter.api.Test
    void podMtuOfParsedClusterSubtractsTheEncryptionsConstant() {
        var topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 enable-ipsec: true }
                    segment jumbo { cidr: 192.168.2.0/24 mtu: 9000 }
                    node b { address: 192.168.2.10 on jumbo pod-cidr: 10.0.2.0/24 }
                }
                """);
        assertEquals(9000 - 77, topology.podMtu(topology.node("b").orElseThrow()));
    }
}
