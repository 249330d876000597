package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.RouteKind;
import org.netroute.checker.interpreter.RoutingTables;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.StepKind;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;

/** The forwarding rules of SEMANTICS.md, one behaviour per test. */
class ForwardingTest {

    /** Two racks joined by a core router; tunnel settings and the firewall rules vary per test. */
    private static String twoRacks(String cilium, String linkMtu, String firewallRules) {
        return """
                cluster c {
                    cilium { %s }
                    segment rack1 { cidr: 192.168.1.0/24 mtu: 1500 gateway: 192.168.1.1 }
                    segment rack2 { cidr: 192.168.2.0/24 mtu: 1500 gateway: 192.168.2.1 }
                    segment link { cidr: 172.16.0.0/30 mtu: %s }
                    router edge1 {
                        interface a 192.168.1.1 on rack1
                        interface b 172.16.0.1 on link
                        route 192.168.2.0/24 via 172.16.0.2
                    }
                    router edge2 {
                        interface a 192.168.2.1 on rack2
                        interface b 172.16.0.2 on link
                        route 192.168.1.0/24 via 172.16.0.1
                    }
                    firewall acl at edge2 { %s }
                    node w1 { address: 192.168.1.11 on rack1 pod-cidr: 10.0.1.0/24 pod web 10.0.1.10 }
                    node w2 { address: 192.168.2.12 on rack2 pod-cidr: 10.0.2.0/24 pod db 10.0.2.20 }
                }
                """.formatted(cilium, linkMtu, firewallRules);
    }

    private static Trace trace(Topology topology, String from, String to) {
        return new Forwarder(topology).trace(topology.pod(from).orElseThrow(),
                topology.pod(to).orElseThrow().address(), Packet.PROBE_BYTES);
    }

    @Test
    void longestPrefixMatchPicksTheLongestPrefix() {
        Topology topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 }
                    segment lan { cidr: 192.168.1.0/24 gateway: 192.168.1.1 }
                    router r {
                        interface eth0 192.168.1.1 on lan
                        route 10.0.0.0/16 drop
                        route 10.0.2.0/24 via 192.168.1.12
                        route 0.0.0.0/0 drop
                    }
                    node a { address: 192.168.1.11 on lan pod-cidr: 10.0.1.0/24 pod p1 10.0.1.5 }
                    node b { address: 192.168.1.12 on lan pod-cidr: 10.0.2.0/24 pod p2 10.0.2.5 }
                }
                """);
        RoutingTables tables = new RoutingTables(topology);
        assertEquals("10.0.2.0/24", tables.lookup("r", Ipv4Address.parse("10.0.2.5")).orElseThrow().prefix().toString());
        assertEquals("10.0.0.0/16", tables.lookup("r", Ipv4Address.parse("10.0.3.5")).orElseThrow().prefix().toString());
        assertEquals(Disposition.DELIVERED, trace(topology, "p1", "p2").disposition());
    }

    @Test
    void nullRouteDropsThePacket() {
        Topology topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 }
                    segment lan { cidr: 192.168.1.0/24 gateway: 192.168.1.1 }
                    router r {
                        interface eth0 192.168.1.1 on lan
                        route 10.0.2.0/24 drop
                    }
                    node a { address: 192.168.1.11 on lan pod-cidr: 10.0.1.0/24 pod p1 10.0.1.5 }
                    node b { address: 192.168.1.12 on lan pod-cidr: 10.0.2.0/24 pod p2 10.0.2.5 }
                }
                """);
        Trace trace = trace(topology, "p1", "p2");
        assertEquals(Disposition.NULL_ROUTED, trace.disposition());
        assertEquals("r", trace.at());
    }

    @Test
    void directNodeRoutesAreInstalledOnlyTowardsNodesOnTheSameSegment() {
        Topology topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 auto-direct-node-routes: true direct-routing-skip-unreachable: true }
                    segment rack1 { cidr: 192.168.1.0/24 }
                    segment rack2 { cidr: 192.168.2.0/24 }
                    node a { address: 192.168.1.11 on rack1 pod-cidr: 10.0.1.0/24 }
                    node b { address: 192.168.1.12 on rack1 pod-cidr: 10.0.2.0/24 }
                    node c { address: 192.168.2.13 on rack2 pod-cidr: 10.0.3.0/24 }
                }
                """);
        RoutingTables tables = new RoutingTables(topology);
        var directRoutesOfA = tables.routes("a").stream().filter(r -> r.kind() == RouteKind.DIRECT_NODE)
                .map(r -> r.prefix() + " via " + r.nextHop().orElseThrow()).toList();
        assertEquals(java.util.List.of("10.0.2.0/24 via 192.168.1.12"), directRoutesOfA);
        assertTrue(tables.routes("c").stream().noneMatch(r -> r.kind() == RouteKind.DIRECT_NODE));
    }

    @Test
    void bgpRoutesAppearOnlyOnPeers() {
        Topology topology = Clusters.topology("""
                cluster c {
                    cilium { routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 }
                    segment lan { cidr: 192.168.1.0/24 gateway: 192.168.1.1 }
                    router peer1 { interface eth0 192.168.1.1 on lan }
                    router other { interface eth0 192.168.1.2 on lan }
                    bgp { peer peer1 }
                    node a { address: 192.168.1.11 on lan pod-cidr: 10.0.1.0/24 pod p1 10.0.1.5 }
                    node b { address: 192.168.1.12 on lan pod-cidr: 10.0.2.0/24 pod p2 10.0.2.5 }
                }
                """);
        RoutingTables tables = new RoutingTables(topology);
        var bgpOnPeer = tables.routes("peer1").stream().filter(r -> r.kind() == RouteKind.BGP)
                .map(r -> r.prefix() + " via " + r.nextHop().orElseThrow()).toList();
        assertEquals(java.util.List.of("10.0.1.0/24 via 192.168.1.11", "10.0.2.0/24 via 192.168.1.12"), bgpOnPeer);
        assertTrue(tables.routes("other").stream().noneMatch(r -> r.kind() == RouteKind.BGP));
        assertTrue(tables.routes("a").stream().noneMatch(r -> r.kind() == RouteKind.BGP));
        assertEquals(Disposition.DELIVERED, trace(topology, "p1", "p2").disposition());
    }

    @Test
    void firewallSeesTheOuterHeaderInTunnelMode() {
        Topology denyVxlan = Clusters.topology(twoRacks("routing-mode: tunnel", "1500", "deny udp port 8472 allow any"));
        Trace denied = trace(denyVxlan, "web", "db");
        assertEquals(Disposition.DENIED, denied.disposition());
        assertEquals("edge2", denied.at());

        Topology denyTcp = Clusters.topology(twoRacks("routing-mode: tunnel", "1500", "deny tcp allow any"));
        assertEquals(Disposition.DELIVERED, trace(denyTcp, "web", "db").disposition());
    }

    @Test
    void geneveUsesUdpPort6081() {
        Topology denyGeneve = Clusters.topology(twoRacks("routing-mode: tunnel tunnel-protocol: geneve", "1500",
                "deny udp port 6081"));
        assertEquals(Disposition.DENIED, trace(denyGeneve, "web", "db").disposition());

        Topology denyVxlanPort = Clusters.topology(twoRacks("routing-mode: tunnel tunnel-protocol: geneve", "1500",
                "deny udp port 8472"));
        assertEquals(Disposition.DELIVERED, trace(denyVxlanPort, "web", "db").disposition());
    }

    @Test
    void smallLinkBetweenTwo1500RacksMakesVxlanTrafficExceedTheMtu() {
        String text = twoRacks("routing-mode: tunnel", "1400", "allow any");
        assertInstanceOf(Verdict.Proved.class, Clusters.verdict(text, Property.REACHABILITY));
        Verdict mtu = Clusters.verdict(text, Property.MTU);
        var counterexample = assertInstanceOf(Verdict.Violated.class, mtu).counterexample();
        assertEquals(Disposition.MTU_EXCEEDED, counterexample.disposition());
        assertEquals("edge1", counterexample.at());
        assertEquals(1500, counterexample.hops().get(counterexample.hops().size() - 1).bytes());
    }

    @Test
    void twoRoutersPointingAtEachOtherLoop() {
        String text = """
                cluster c {
                    cilium { routing-mode: tunnel }
                    segment link { cidr: 172.16.0.0/30 }
                    segment lan { cidr: 192.168.1.0/24 }
                    router r1 { interface a 172.16.0.1 on link  route 10.99.0.0/16 via 172.16.0.2 }
                    router r2 { interface a 172.16.0.2 on link  route 10.99.0.0/16 via 172.16.0.1 }
                    node a { address: 192.168.1.11 on lan pod-cidr: 10.0.1.0/24 pod p1 10.0.1.5 }
                }
                """;
        var counterexample = assertInstanceOf(Verdict.Violated.class, Clusters.verdict(text, Property.NO_LOOP))
                .counterexample();
        assertEquals(Disposition.LOOP, counterexample.disposition());
        assertEquals("r1", counterexample.from());
        assertEquals("10.99.0.0", counterexample.to());
        assertTrue(counterexample.hint().contains("null route"), counterexample.hint());
    }

    @Test
    void unusedAddressInAPodCidrStopsAtTheOwningNode() {
        Topology topology = Clusters.topology(twoRacks("routing-mode: tunnel", "1500", "allow any"));
        Trace trace = new Forwarder(topology).trace("w1", Ipv4Address.parse("10.0.2.99"), Packet.PROBE_BYTES);
        assertEquals(Disposition.NO_ROUTE, trace.disposition());
        assertEquals("w2", trace.at());
    }

    @Test
    void tunnelTraceRecordsEncapsulationAndSizesOnTheWire() {
        Topology topology = Clusters.topology(twoRacks("routing-mode: tunnel", "1500", "allow any"));
        Trace trace = new Forwarder(topology).trace(topology.pod("web").orElseThrow(),
                topology.pod("db").orElseThrow().address(), 1450);
        assertEquals(Disposition.DELIVERED, trace.disposition());
        assertEquals(StepKind.ENCAPSULATE, trace.hops().get(0).step());
        assertEquals(java.util.Optional.of("w2"), trace.hops().get(0).peer());
        assertTrue(HopWords.action(trace.hops().get(0)).startsWith("encapsulate VXLAN to w2"),
                HopWords.action(trace.hops().get(0)));
        assertEquals(1500, trace.hops().get(0).bytes());
        assertEquals(1450, trace.lastHop().bytes());
        assertEquals(java.util.List.of("w1", "w1", "edge1", "edge2", "w2", "w2"),
                trace.hops().stream().map(h -> h.device()).toList());
    }

    @Test
    void aPeeringThatLeavesOutANodeIsNamedInTheHint() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("netroute.root", ".."),
                "examples", "18-native-bgp-peering-misses-a-node.netroute"));
        Verdict verdict = Clusters.verdict(text, Property.REACHABILITY);
        Counterexample counterexample = ((Verdict.Violated) verdict).counterexample();
        assertEquals("tor-b", counterexample.at());
        assertTrue(counterexample.hint().startsWith("add ip-10-0-2-12.ec2.internal to tor-b's BGP peering"),
                counterexample.hint());
        String fixed = text.replace("peer tor-b for ip-10-0-2-11.ec2.internal",
                "peer tor-b for ip-10-0-2-11.ec2.internal, ip-10-0-2-12.ec2.internal");
        assertEquals(Verdict.Status.PROVED, Clusters.verdict(fixed, Property.REACHABILITY).status());
    }
}
