package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Node;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/** {@code --underlay}: the hand-written part (segments, routers, firewalls, Cilium overrides) that Kubernetes does not know. */
class UnderlayTest {

    @TempDir
    Path folder;

    private Path dump() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "tunnel", "mtu", "1500")));
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.node("worker-2", "192.168.2.12", "10.0.2.0/24", Map.of()));
        dump.add(KubeDump.endpoint("default", "web", "10.0.1.5", "192.168.1.11", 1));
        dump.add(KubeDump.endpoint("default", "db", "10.0.2.5", "192.168.2.12", 2));
        return Importing.write(folder, "dump.yaml", dump.yamlList());
    }

    @Test
    void nodesArePlacedOnTheSegmentThatHoldsTheirInternalIp() {
        Path underlay = Importing.write(folder, "underlay.netroute", """
                // the data centre, by hand
                cluster dc1 {
                    segment rack1 { cidr: 192.168.1.0/24 mtu: 9000 gateway: 192.168.1.1 }
                    segment rack2 { cidr: 192.168.2.0/24 mtu: 9000 gateway: 192.168.2.1 }
                    router core {
                        interface eth0 192.168.1.1 on rack1
                        interface eth1 192.168.2.1 on rack2
                    }
                    firewall edge at worker-2 {
                        allow any
                    }
                }
                """);
        String text = Importing.text(Importing.run(Importing.request(dump()).withUnderlay(underlay)));
        Cluster cluster = Importing.parse(text);
        assertEquals("dc1", cluster.getName());
        Map<String, String> segments = new java.util.TreeMap<>();
        for (Node node : cluster.getNodes()) {
            segments.put(node.getName(), node.getSegment().getName());
        }
        assertEquals(Map.of("worker-1", "rack1", "worker-2", "rack2"), segments);
        assertEquals("edge", cluster.getFirewalls().get(0).getName());
        // the underlay is given: only Cilium's unset tunnel-protocol is still Cilium's default
        assertEquals(List.of("tunnel-protocol"), text.lines().filter(line -> line.contains("// inferred"))
                .map(line -> line.strip().split(":")[0]).filter(key -> !key.startsWith("//")).toList(), text);
    }

    @Test
    void aNodeOutsideEveryUnderlaySegmentIsAnErrorThatNamesIt() {
        Path underlay = Importing.write(folder, "underlay.netroute", """
                cluster dc1 {
                    segment rack1 { cidr: 192.168.1.0/24 mtu: 1500 }
                }
                """);
        Path dump = dump();
        ImportResult result = Importing.run(Importing.request(dump).withUnderlay(underlay));
        assertFalse(result.succeeded());
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(dump + ":"), errors.get(0));
        assertTrue(errors.get(0).endsWith("Node/worker-2: InternalIP 192.168.2.12 lies in no segment of the underlay " + underlay),
                errors.get(0));
    }

    @Test
    void theUnderlaysCiliumOptionsWinKeyByKey() {
        Path underlay = Importing.write(folder, "underlay.netroute", """
                cluster dc1 {
                    cilium {
                        tunnel-protocol: geneve
                    }
                    segment all { cidr: 192.168.0.0/16 mtu: 1500 }
                }
                """);
        String text = Importing.text(Importing.run(Importing.request(dump()).withUnderlay(underlay)));
        assertTrue(text.contains("tunnel-protocol: geneve // from the underlay"), text);
        assertTrue(text.contains("mtu: 1500\n"), text);
        assertEquals("tunnel", Importing.parse(text).getCilium().get(0).getRoutingMode().getLiteral());
    }

    @Test
    void aProblemOfTheUnderlayIsReportedAtItsOwnLine() {
        Path underlay = Importing.write(folder, "underlay.netroute", """
                cluster dc1 {
                    segment rack1 { cidr: 192.168.1.0/24 mtu: 1500 }
                    segment rack2 { cidr: 192.168.2.0/24 mtu: 1500 }
                    router core {
                        interface eth0 192.168.3.1 on rack1
                    }
                }
                """);
        ImportResult result = Importing.run(Importing.request(dump()).withUnderlay(underlay));
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertTrue(errors.stream().anyMatch(error -> error.startsWith(underlay + ":5: ")), errors.toString());
    }

    @Test
    void aSyntaxErrorInTheUnderlayIsAnErrorAtItsLine() {
        Path underlay = Importing.write(folder, "underlay.netroute", "cluster dc1 {\n    segment rack1 { cidr 192.168.1.0/24 }\n}\n");
        List<String> errors = Importing.findings(Importing.run(Importing.request(dump()).withUnderlay(underlay)),
                Finding.Severity.ERROR);
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).startsWith(underlay + ":2: "), errors.toString());
    }

    @Test
    void aBgpPeerThatIsNoRouterInterfaceOfTheUnderlayIsAnError() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(Bgp.peeringPolicy("tor", null, true, "192.168.1.254"));
        Path underlay = Importing.write(folder, "underlay.netroute", "cluster dc1 {\n    segment rack1 { cidr: 192.168.1.0/24 }\n}\n");
        List<String> errors = Importing.findings(Importing.run(Importing.request(Importing.write(folder, "bgp.yaml",
                dump.yamlList())).withUnderlay(underlay)), Finding.Severity.ERROR);
        assertTrue(errors.stream().anyMatch(error -> error.contains("CiliumBGPPeeringPolicy/tor: BGP peer 192.168.1.254 is the"
                + " address of no router interface")), errors.toString());
    }
}
