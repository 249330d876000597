package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Peer;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/**
 * Cilium's BGP objects become {@code peer ROUTER for NODES}: a policy's node selector is resolved
 * against the nodes' labels into the explicit list and never widened to every node.
 */
class BgpImportTest {

    private static final String UNDERLAY = """
            cluster racks {
                cilium {
                    ipv4-native-routing-cidr: 10.0.0.0/16
                }
                segment rack-a { cidr: 192.168.1.0/24 mtu: 1500 gateway: 192.168.1.1 }
                segment rack-b { cidr: 192.168.2.0/24 mtu: 1500 gateway: 192.168.2.1 }
                router tor {
                    interface eth0 192.168.1.1 on rack-a
                    interface eth1 192.168.2.1 on rack-b
                }
            }
            """;

    @TempDir
    Path folder;

    /** Two nodes in rack a, one in rack b, native routing, one pod each. */
    static KubeDump racks() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "native",
                "ipv4-native-routing-cidr", "10.0.0.0/16")));
        String[][] nodes = { { "a1", "192.168.1.11", "a" }, { "a2", "192.168.1.12", "a" }, { "b1", "192.168.2.11", "b" } };
        for (int i = 0; i < nodes.length; i++) {
            String cidr = "10.0." + (i + 1) + ".0/24";
            dump.add(KubeDump.node(nodes[i][0], nodes[i][1], cidr, Map.of("rack", nodes[i][2])));
            dump.add(KubeDump.endpoint("default", "pod-" + nodes[i][0], "10.0." + (i + 1) + ".5", nodes[i][1], i));
        }
        return dump;
    }

    /** The written peerings, {@code ROUTER} or {@code ROUTER for NODE, ...}. */
    static List<String> peers(Cluster cluster) {
        List<String> peers = new ArrayList<>();
        for (Peer peer : cluster.getBgp().isEmpty() ? List.<Peer>of() : cluster.getBgp().get(0).getPeers()) {
            peers.add(peer.getRouter().getName() + (peer.getNodes().isEmpty() ? "" : " for "
                    + String.join(", ", peer.getNodes().stream().map(Node::getName).toList())));
        }
        return peers;
    }

    @Test
    void aPolicysNodeSelectorBecomesTheExplicitListOfTheNodesItSelects() {
        KubeDump dump = racks().add(Bgp.peeringPolicy("rack-a", Map.of("rack", "a"), true, "192.168.1.1"));
        Cluster cluster = Importing.parse(Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList()))));
        assertEquals(List.of("bgp-peer-192-168-1-1 for a1, a2"), peers(cluster));
    }

    @Test
    void aPolicyWithoutNodeSelectorPeersFromEveryNode() {
        KubeDump dump = racks().add(Bgp.peeringPolicy("all", null, true, "192.168.1.1"));
        Cluster cluster = Importing.parse(Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList()))));
        assertEquals(List.of("bgp-peer-192-168-1-1"), peers(cluster));
    }

    @Test
    void aSelectorThatMatchesNoNodeLeavesThePeeringOutWithAWarning() {
        KubeDump dump = racks().add(Bgp.peeringPolicy("rack-z", Map.of("rack", "z"), true, "192.168.1.1"));
        ImportResult result = Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList()));
        assertEquals(List.of(), peers(Importing.parse(Importing.text(result))));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream().anyMatch(warning ->
                warning.contains("CiliumBGPPeeringPolicy/rack-z") && warning.contains("rack=z selects no imported node")));
    }

    @Test
    void policiesOfOneRouterAreJoinedAndVerifyProvesTheRacks() {
        KubeDump dump = racks().add(Bgp.peeringPolicy("rack-a", Map.of("rack", "a"), true, "192.168.1.1"))
                .add(Bgp.peeringPolicy("rack-b", Map.of("rack", "b"), true, "192.168.2.1"));
        Path underlay = Importing.write(folder, "underlay.netroute", UNDERLAY);
        String text = Importing.text(Importing.run(Importing.request(Importing.write(folder, "dump.yaml", dump.yamlList()))
                .withUnderlay(underlay)));
        assertEquals(List.of("tor for a1, a2, b1"), peers(Importing.parse(text)));
        assertEquals(Verdict.Status.PROVED, verdict(text, Property.REACHABILITY), text);
    }

    @Test
    void importNeverWidensAPolicySoUnselectedNodesStayUnreachable() {
        KubeDump dump = racks().add(Bgp.peeringPolicy("rack-a", Map.of("rack", "a"), true, "192.168.1.1"));
        Path underlay = Importing.write(folder, "underlay.netroute", UNDERLAY);
        String text = Importing.text(Importing.run(Importing.request(Importing.write(folder, "dump.yaml", dump.yamlList()))
                .withUnderlay(underlay)));
        assertEquals(List.of("tor for a1, a2"), peers(Importing.parse(text)));
        // the router never learns b1's PodCIDR: a pod in rack a cannot reach the pod on b1
        assertEquals(Verdict.Status.VIOLATED, verdict(text, Property.REACHABILITY), text);
    }

    @Test
    void v2ClusterConfigPeersWhenItsPeerConfigSelectsAPodCidrAdvertisement() {
        for (String version : List.of("v2", "v2alpha1")) {
            KubeDump dump = racks().add(Bgp.clusterConfig(version, "bgp", Map.of("rack", "b"), "peer", "192.168.2.1"))
                    .add(Bgp.peerConfig(version, "peer", "bgp")).add(Bgp.advertisement(version, "pods", "bgp", "PodCIDR"));
            Cluster cluster = Importing.parse(Importing.text(Importing.run(Importing.write(folder, "v2.yaml", dump.yamlList()))));
            assertEquals(List.of("bgp-peer-192-168-2-1 for b1"), peers(cluster), version);
        }
    }

    @Test
    void aV2PeerWithoutAPodCidrAdvertisementIsLeftOutWithAWarning() {
        KubeDump dump = racks().add(Bgp.clusterConfig("v2", "bgp", null, "peer", "192.168.2.1"))
                .add(Bgp.peerConfig("v2", "peer", "bgp")).add(Bgp.advertisement("v2", "services", "bgp", "Service"));
        ImportResult result = Importing.run(Importing.write(folder, "v2.yaml", dump.yamlList()));
        assertEquals(List.of(), peers(Importing.parse(Importing.text(result))));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream().anyMatch(warning ->
                warning.contains("CiliumBGPClusterConfig/bgp") && warning.contains("selects no CiliumBGPAdvertisement of type PodCIDR")));
    }

    @Test
    void aPolicyThatExportsNoPodCidrsIsLeftOutAtItsNeighborsLine() {
        // kubectl get ciliumbgppeeringpolicies -o yaml: the API server's defaults filled in
        Path policies = Importing.dump("bgp/peering-policies.yaml");
        ImportResult result = Importing.run(policies, Importing.dump("kind/orchard-nodes.yaml"));
        assertEquals(List.of("bgp-peer-172-21-0-1 for orchard-worker"), peers(Importing.parse(Importing.text(result))));
        List<String> warnings = Importing.findings(result, Finding.Severity.WARNING);
        int neighbor = Importing.itemLine(policies, "peerAddress: 172.21.0.1/32", 2);
        assertTrue(warnings.contains(policies + ":" + neighbor + ": CiliumBGPPeeringPolicy/orchard-worker2: neighbor"
                + " 172.21.0.1/32 of virtual router 65011 is not sent the PodCIDRs (exportPodCIDR is not true): left out,"
                + " it learns no pod routes"), neighbor + " " + warnings);
        assertFalse(warnings.stream().anyMatch(warning -> warning.contains("CiliumBGPPeeringPolicy/orchard-worker:")),
                warnings.toString());
    }

    @Test
    void anAutoDiscoveredPeerHasNoAddressAndIsLeftOutWhileItsAddressedSiblingPeers() {
        Path bgp = Importing.dump("bgp/bgpv2-auto-discovery.yaml");
        ImportResult result = Importing.run(bgp, Importing.dump("kind/orchard-nodes.yaml"));
        assertTrue(result.succeeded(), result.summary().lines().toString());
        // the cluster config selects the nodes without the control-plane label
        assertEquals(List.of("bgp-peer-172-21-0-1 for orchard-worker, orchard-worker2"),
                peers(Importing.parse(Importing.text(result))));
        List<String> warnings = Importing.findings(result, Finding.Severity.WARNING);
        assertTrue(warnings.contains(bgp + ":" + Importing.itemLine(bgp, "name: tor-gateway", 1)
                + ": CiliumBGPClusterConfig/orchard-bgp: peer tor-gateway has no peerAddress (auto-discovered:"
                + " DefaultGateway): its address is not in the objects, left out"), warnings.toString());
        assertFalse(result.summary().readKinds().containsKey("Namespace"));
        assertEquals(2, result.summary().ignoredKinds().get("Namespace"));
    }

    private static Verdict.Status verdict(String text, Property property) {
        FileResult result = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "bgp.netroute", "bgp.netroute");
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        for (PropertyResult answer : result.clusters().get(0).properties()) {
            if (answer.property() == property) {
                return answer.verdict().status();
            }
        }
        throw new AssertionError("no verdict for " + property);
    }
}
