package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/**
 * Dumps of kind clusters as kubectl prints them (the project's own, in
 * src/test/resources/importer/kind): a YAML list of Nodes and CiliumNodes with managedFields and a
 * dual-stack cluster's JSON list with the API server's Service objects. The imported nodes have
 * exactly their names, IPv4 InternalIPs and PodCIDRs, and verify runs on the result. The expected
 * values are read from the dumps by another route ({@link KindNodes}); {@link CiliumFixturesTest}
 * asks the same of Cilium's own dumps.
 */
class KindFixturesTest {

    private static final String NODES = "kind/orchard-nodes.yaml";
    private static final String DUAL_STACK = "kind/meadow-dual-stack.json";

    @Test
    void nodesDumpGivesItsThreeNodesExactly() {
        Path dump = Importing.dump(NODES);
        Cluster cluster = Importing.parse(Importing.text(Importing.run(dump)));
        Map<String, KindNodes.Expected> stated = KindNodes.stated(dump);
        assertEquals(stated, KindNodes.imported(cluster));
        assertEquals(3, cluster.getNodes().size());
        assertEquals(new KindNodes.Expected("172.21.0.4", "10.240.0.0/24"), stated.get("orchard-control-plane"));
    }

    @Test
    void dualStackJsonDumpGivesTheIpv4HalfOfItsThreeNodesExactly() {
        Path dump = Importing.dump(DUAL_STACK);
        ImportResult result = Importing.run(dump);
        Cluster cluster = Importing.parse(Importing.text(result));
        Map<String, KindNodes.Expected> stated = KindNodes.stated(dump);
        assertEquals(stated, KindNodes.imported(cluster));
        // the PodCIDR index does not follow the node order, as kind allocates them: worker has .2, worker2 .1
        assertEquals(new KindNodes.Expected("172.22.0.4", "10.250.2.0/24"), stated.get("meadow-worker"));
        assertEquals(new KindNodes.Expected("172.22.0.2", "10.250.1.0/24"), stated.get("meadow-worker2"));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream()
                .anyMatch(warning -> warning.contains("3 nodes") && warning.contains("IPv6")), result.summary().lines().toString());
        assertEquals(1, result.summary().ignoredKinds().get("Service"));
        assertEquals(1, result.summary().ignoredKinds().get("EndpointSlice"));
    }

    @Test
    void verifyRunsOnTheImportedClusterAndProvesItsProperties() {
        String text = Importing.text(Importing.run(Importing.dump(NODES)));
        FileResult result = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "kind.netroute", "kind.netroute");
        assertFalse(result.hasErrors(), result.toString());
        assertEquals(1, result.clusters().size());
        assertTrue(result.clusters().get(0).properties().stream()
                .allMatch(property -> property.verdict().status() == Verdict.Status.PROVED), result.toString());
    }

    @Test
    void inferredSegmentHoldsEveryNodeAndSaysItIsInferred() {
        assertOneInferredSegment(Importing.text(Importing.run(Importing.dump(NODES))), "172.21.0.0/24");
    }

    /** The written text has one segment, {@code cidr} with MTU 1500, and each of its lines says it is inferred. */
    static void assertOneInferredSegment(String text, String cidr) {
        Cluster cluster = Importing.parse(text);
        assertEquals(1, cluster.getSegments().size());
        assertEquals(cidr, cluster.getSegments().get(0).getCidr());
        assertEquals(1500, cluster.getSegments().get(0).getMtu());
        for (String line : text.lines().toList()) {
            if (line.contains("cidr: " + cidr) || line.contains("mtu: 1500") || line.contains("segment ")) {
                assertTrue(line.contains("// inferred: "), line);
            }
        }
    }
}
