package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.StepKind;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;

/** Transparent encryption as SEMANTICS.md states it, one behaviour per test, traced by the interpreter. */
class EncryptionForwardingTest {

    /** Two racks behind a core router that routes both PodCIDRs to their nodes (for native mode). */
    private static String twoRacks(String cilium, String firewallRules, String w2Extra) {
        return """
                cluster c {
                    cilium { %s }
                    segment rack1 { cidr: 192.168.1.0/24 mtu: 1500 gateway: 192.168.1.1 }
                    segment rack2 { cidr: 192.168.2.0/24 mtu: 1500 gateway: 192.168.2.1 }
                    router core {
                        interface a 192.168.1.1 on rack1
                        interface b 192.168.2.1 on rack2
                        route 10.0.1.0/24 via 192.168.1.11
                        route 10.0.2.0/24 via 192.168.2.12
                    }
                    firewall acl at core { %s }
                    node w1 { address: 192.168.1.11 on rack1 pod-cidr: 10.0.1.0/24 pod web 10.0.1.10 pod api 10.0.1.11 }
                    node w2 { address: 192.168.2.12 on rack2 pod-cidr: 10.0.2.0/24 %s pod db 10.0.2.20 }
                }
                """.formatted(cilium, firewallRules, w2Extra);
    }

    private static final String NATIVE = "routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/16 ";
    private static final String TUNNEL = "routing-mode: tunnel ";

    private static Trace trace(Topology topology, String from, String to, int bytes) {
        return new Forwarder(topology).trace(topology.pod(from).orElseThrow(), topology.pod(to).orElseThrow().address(),
                bytes);
    }

    private static List<StepKind> steps(Trace trace) {
        return trace.hops().stream().map(Hop::step).toList();
    }

    @Test
    void wireGuardSendsUdp51871BetweenNodeAddressesInNativeMode() {
        Topology topology = Clusters.topology(twoRacks(NATIVE + "enable-wireguard: true", "allow any", ""));
        Trace trace = trace(topology, "web", "db", Packet.PROBE_BYTES);
        assertEquals(Disposition.DELIVERED, trace.disposition());
        assertEquals(List.of(StepKind.ENCRYPT, StepKind.FORWARD, StepKind.FORWARD, StepKind.DECRYPT, StepKind.DELIVER),
                steps(trace));
        Hop encrypt = trace.hops().get(0);
        assertEquals(Optional.of(Ipv4Address.parse("192.168.2.12")), encrypt.address());
        assertEquals(51871, encrypt.limit());
        assertEquals(124, encrypt.bytes(), "64 bytes padded to 64, + 60");
        assertEquals(Optional.of(Prefix.ANY), trace.hops().get(1).prefix(),
                "the WireGuard packet goes to w2's address: w1's default route, not a PodCIDR route");
    }

    @Test
    void wireGuardEncapsulatesBeforeItEncryptsInTunnelMode() {
        Topology topology = Clusters.topology(twoRacks(TUNNEL + "enable-wireguard: true", "allow any", ""));
        Trace trace = trace(topology, "web", "db", 1370);
        assertEquals(List.of(StepKind.ENCAPSULATE, StepKind.ENCRYPT, StepKind.FORWARD, StepKind.FORWARD,
                StepKind.DECRYPT, StepKind.DECAPSULATE, StepKind.DELIVER), steps(trace));
        assertEquals(List.of(1420, 1484, 1484, 1484, 1484, 1420, 1370), trace.hops().stream().map(Hop::bytes).toList());
        assertEquals("encrypt WireGuard to w2 (192.168.2.12), UDP 51871, +64 bytes", HopWords.action(trace.hops().get(1)));
    }

    @Test
    void ipsecEncryptsBeforeItEncapsulatesInTunnelMode() {
        Topology topology = Clusters.topology(twoRacks(TUNNEL + "enable-ipsec: true", "allow any", ""));
        Trace trace = trace(topology, "web", "db", 1373);
        assertEquals(List.of(StepKind.ENCRYPT, StepKind.ENCAPSULATE, StepKind.FORWARD, StepKind.FORWARD,
                StepKind.DECAPSULATE, StepKind.DECRYPT, StepKind.DELIVER), steps(trace));
        assertEquals(List.of(1428, 1478, 1478, 1478, 1478, 1428, 1373), trace.hops().stream().map(Hop::bytes).toList());
        assertEquals(Optional.of(Ipv4Address.parse("10.0.2.1")), trace.hops().get(0).address(),
                "ESP goes to w2's CiliumInternalIP, the stand-in first address of its PodCIDR");
        assertEquals("encrypt IPsec to w2 (CiliumInternalIP 10.0.2.1), ESP, +55 bytes", HopWords.action(trace.hops().get(0)));
    }

    @Test
    void ipsecInNativeModeRoutesEspToTheStatedCiliumInternalIpLikePodTraffic() {
        Topology topology = Clusters.topology(twoRacks(NATIVE + "enable-ipsec: true", "allow any",
                "cilium-internal-ip: 10.0.2.77"));
        Trace trace = trace(topology, "web", "db", Packet.PROBE_BYTES);
        assertEquals(List.of(StepKind.ENCRYPT, StepKind.FORWARD, StepKind.FORWARD, StepKind.DECRYPT, StepKind.DELIVER),
                steps(trace));
        assertEquals(Optional.of(Ipv4Address.parse("10.0.2.77")), trace.hops().get(3).address());
        assertEquals(Optional.of(Prefix.parse("10.0.2.0/24")), trace.hops().get(2).prefix(),
                "the core routes the ESP packet by w2's PodCIDR route");
        assertEquals(120, trace.hops().get(0).bytes());
    }

    @Test
    void trafficBetweenPodsOfOneNodeIsNotEncrypted() {
        Topology topology = Clusters.topology(twoRacks(NATIVE + "enable-wireguard: true", "allow any", ""));
        Trace trace = trace(topology, "web", "api", Packet.PROBE_BYTES);
        assertEquals(List.of(StepKind.DELIVER), steps(trace));
    }

    @Test
    void aFirewallThatPassesVxlanButNotWireGuardDeniesEveryCrossNodePair() {
        Topology topology = Clusters.topology(twoRacks(TUNNEL + "enable-wireguard: true",
                "allow udp port 8472 deny udp allow any", ""));
        Counterexample counterexample = violated(topology, Property.REACHABILITY);
        assertEquals(Disposition.DENIED, counterexample.disposition());
        assertEquals("core", counterexample.at());
        assertTrue(counterexample.hint().contains("UDP 51871 (WireGuard)"), counterexample.hint());
    }

    @Test
    void denyingEspCutsIpsecInNativeModeButNotInTunnelMode() {
        Topology espOnTheWire = Clusters.topology(twoRacks(NATIVE + "enable-ipsec: true", "deny esp allow any", ""));
        assertEquals(Disposition.DENIED, violated(espOnTheWire, Property.REACHABILITY).disposition());
        Topology espInVxlan = Clusters.topology(twoRacks(TUNNEL + "enable-ipsec: true", "deny esp allow any", ""));
        assertEquals(Verdict.Status.PROVED,
                new InterpreterEngine().check(espInVxlan, Property.REACHABILITY).status());
    }

    @Test
    void aCiliumInternalIpIsItsNodesOwnAddressUnderIpsecOnly() {
        Topology ipsec = Clusters.topology(twoRacks(NATIVE + "enable-ipsec: true", "allow any", ""));
        Trace toCiliumHost = new Forwarder(ipsec).trace("core", Ipv4Address.parse("10.0.2.1"), Packet.PROBE_BYTES);
        assertEquals(Disposition.DELIVERED, toCiliumHost.disposition());
        assertEquals("w2", toCiliumHost.at());
        Topology plain = Clusters.topology(twoRacks(NATIVE, "allow any", ""));
        Trace toNobody = new Forwarder(plain).trace("core", Ipv4Address.parse("10.0.2.1"), Packet.PROBE_BYTES);
        assertEquals(Disposition.NO_ROUTE, toNobody.disposition(), "without IPsec it is an address no pod has");
    }

    @Test
    void theStandInCiliumInternalIpSkipsAddressesOfPods() {
        Topology topology = Clusters.topology(twoRacks(NATIVE + "enable-ipsec: true", "allow any", "pod first 10.0.2.1")
                .replace("pod db 10.0.2.20", "pod db 10.0.2.2"));
        assertEquals(Ipv4Address.parse("10.0.2.3"), topology.node("w2").orElseThrow().ciliumInternalIp());
    }

    @Test
    void theMtuPropertyCountsWireGuardsPaddingOnTheThinnestLink() {
        String thin = twoRacks(TUNNEL + "enable-wireguard: true", "allow any", "").replace(
                "segment rack2 { cidr: 192.168.2.0/24 mtu: 1500", "segment rack2 { cidr: 192.168.2.0/24 mtu: 1483");
        Counterexample counterexample = violated(Clusters.topology(thin), Property.MTU);
        assertEquals(Disposition.MTU_EXCEEDED, counterexample.disposition());
        assertEquals(1484, counterexample.hops().get(counterexample.hops().size() - 1).bytes(),
                "1370 + 50 = 1420, padded to 1424, + 60: one byte too many for 1483");
        String enough = thin.replace("mtu: 1483", "mtu: 1484");
        assertEquals(Verdict.Status.PROVED, Clusters.verdict(enough, Property.MTU).status());
    }

    private static Counterexample violated(Topology topology, Property property) {
        Verdict verdict = new InterpreterEngine().check(topology, property);
        assertTrue(verdict instanceof Verdict.Violated, () -> property.id() + " is " + verdict);
        return ((Verdict.Violated) verdict).counterexample();
    }
}
