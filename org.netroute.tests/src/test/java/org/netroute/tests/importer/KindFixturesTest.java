package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Node;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Cilium's own control-plane test dumps of kind clusters (nobody here wrote them): the imported
 * nodes have exactly their names, IPv4 InternalIPs and PodCIDRs, and verify runs on the result. The
 * expected values are read from the fixtures by another route, snakeyaml-engine's composer into
 * plain maps.
 */
class KindFixturesTest {

    private static final String CILIUM_NODES = "test/controlplane/node/ciliumnodes/v1.27/init.yaml";
    private static final String DUAL_STACK = "test/controlplane/services/dualstack/v1.27/init.yaml";

    /** One node as the fixture states it. */
    private record Expected(String address, String podCidr) {
    }

    @Test
    void ciliumNodesDumpGivesItsTwoNodesExactly() {
        Path fixture = Importing.fixture(CILIUM_NODES);
        Cluster cluster = Importing.parse(Importing.text(Importing.run(fixture)));
        assertEquals(expected(fixture), imported(cluster));
        assertEquals(2, cluster.getNodes().size());
    }

    @Test
    void dualStackDumpGivesTheIpv4HalfOfItsThreeNodesExactly() {
        Path fixture = Importing.fixture(DUAL_STACK);
        ImportResult result = Importing.run(fixture);
        Cluster cluster = Importing.parse(Importing.text(result));
        Map<String, Expected> expected = expected(fixture);
        assertEquals(expected, imported(cluster));
        // the PodCIDR index does not follow the node order (SOURCES.md): worker has .2, worker2 .1
        assertEquals(new Expected("172.18.0.8", "10.244.2.0/24"), expected.get("dual-stack-worker"));
        assertEquals(new Expected("172.18.0.9", "10.244.1.0/24"), expected.get("dual-stack-worker2"));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream()
                .anyMatch(warning -> warning.contains("3 nodes") && warning.contains("IPv6")), result.summary().lines().toString());
        assertEquals(1, result.summary().ignoredKinds().get("Service"));
        assertEquals(1, result.summary().ignoredKinds().get("EndpointSlice"));
    }

    @Test
    void verifyRunsOnTheImportedClusterAndProvesItsProperties() {
        String text = Importing.text(Importing.run(Importing.fixture(CILIUM_NODES)));
        FileResult result = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "kind.netroute", "kind.netroute");
        assertFalse(result.hasErrors(), result.toString());
        assertEquals(1, result.clusters().size());
        assertTrue(result.clusters().get(0).properties().stream()
                .allMatch(property -> property.verdict().status() == Verdict.Status.PROVED), result.toString());
    }

    @Test
    void inferredSegmentHoldsBothNodesAndSaysItIsInferred() {
        String text = Importing.text(Importing.run(Importing.fixture(CILIUM_NODES)));
        Cluster cluster = Importing.parse(text);
        assertEquals(1, cluster.getSegments().size());
        assertEquals("172.18.0.0/24", cluster.getSegments().get(0).getCidr());
        assertEquals(1500, cluster.getSegments().get(0).getMtu());
        for (String line : text.lines().toList()) {
            if (line.contains("cidr: 172.18.0.0/24") || line.contains("mtu: 1500") || line.contains("segment ")) {
                assertTrue(line.contains("// inferred: "), line);
            }
        }
    }

    private static Map<String, Expected> imported(Cluster cluster) {
        Map<String, Expected> nodes = new TreeMap<>();
        for (Node node : cluster.getNodes()) {
            nodes.put(node.getName(), new Expected(node.getAddress(), node.getPodCidr()));
        }
        return nodes;
    }

    /** Each Node's name, IPv4 InternalIP and the IPv4 PodCIDR of its CiliumNode, from the fixture's maps. */
    @SuppressWarnings("unchecked")
    private static Map<String, Expected> expected(Path fixture) {
        Map<String, Object> list;
        try (Reader reader = Files.newBufferedReader(fixture)) {
            list = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromReader(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> addresses = new TreeMap<>();
        Map<String, String> podCidrs = new TreeMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) list.get("items")) {
            String name = (String) ((Map<String, Object>) item.get("metadata")).get("name");
            if (item.get("kind").equals("Node")) {
                for (Map<String, Object> address : (List<Map<String, Object>>) ((Map<String, Object>) item.get("status")).get("addresses")) {
                    if (address.get("type").equals("InternalIP") && !((String) address.get("address")).contains(":")) {
                        addresses.put(name, (String) address.get("address"));
                    }
                }
            } else if (item.get("kind").equals("CiliumNode")) {
                Map<String, Object> ipam = (Map<String, Object>) ((Map<String, Object>) item.get("spec")).get("ipam");
                List<String> ipv4 = new ArrayList<>();
                for (String cidr : (List<String>) ipam.get("podCIDRs")) {
                    if (!cidr.contains(":")) {
                        ipv4.add(cidr);
                    }
                }
                podCidrs.put(name, ipv4.get(0));
            }
        }
        Map<String, Expected> expected = new TreeMap<>();
        addresses.forEach((name, address) -> expected.put(name, new Expected(address, podCidrs.get(name))));
        return expected;
    }
}
