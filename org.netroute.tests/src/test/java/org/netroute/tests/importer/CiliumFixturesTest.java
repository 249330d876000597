package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/**
 * The second, independent check of the importer: objects that Cilium's own repository holds
 * (control-plane test dumps of kind clusters, containerlab BGP setups, the v1.6 quick-install
 * manifest), which nobody here wrote. The same assertions run on the project's own dumps in
 * {@link KindFixturesTest}, {@link BgpImportTest} and {@link CiliumConfigTest}; these run only in
 * the Maven profile cilium-fixtures, which names their folder ({@link Importing#ciliumFixture}).
 */
@Tag(CiliumFixturesTest.TAG)
class CiliumFixturesTest {

    /** The JUnit tag the default build excludes and the profile cilium-fixtures includes. */
    static final String TAG = "cilium-fixtures";

    private static final String CILIUM_NODES = "test/controlplane/node/ciliumnodes/v1.27/init.yaml";
    private static final String DUAL_STACK = "test/controlplane/services/dualstack/v1.27/init.yaml";

    @TempDir
    Path folder;

    @Test
    void ciliumNodesDumpGivesItsTwoNodesExactly() {
        Path fixture = Importing.ciliumFixture(CILIUM_NODES);
        Cluster cluster = Importing.parse(Importing.text(Importing.run(fixture)));
        assertEquals(KindNodes.stated(fixture), KindNodes.imported(cluster));
        assertEquals(2, cluster.getNodes().size());
    }

    @Test
    void dualStackDumpGivesTheIpv4HalfOfItsThreeNodesExactly() {
        Path fixture = Importing.ciliumFixture(DUAL_STACK);
        ImportResult result = Importing.run(fixture);
        Cluster cluster = Importing.parse(Importing.text(result));
        Map<String, KindNodes.Expected> expected = KindNodes.stated(fixture);
        assertEquals(expected, KindNodes.imported(cluster));
        // the PodCIDR index does not follow the node order (SOURCES.md): worker has .2, worker2 .1
        assertEquals(new KindNodes.Expected("172.18.0.8", "10.244.2.0/24"), expected.get("dual-stack-worker"));
        assertEquals(new KindNodes.Expected("172.18.0.9", "10.244.1.0/24"), expected.get("dual-stack-worker2"));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream()
                .anyMatch(warning -> warning.contains("3 nodes") && warning.contains("IPv6")), result.summary().lines().toString());
        assertEquals(1, result.summary().ignoredKinds().get("Service"));
        assertEquals(1, result.summary().ignoredKinds().get("EndpointSlice"));
    }

    @Test
    void verifyRunsOnTheImportedClusterAndProvesItsProperties() {
        String text = Importing.text(Importing.run(Importing.ciliumFixture(CILIUM_NODES)));
        FileResult result = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "kind.netroute", "kind.netroute");
        assertFalse(result.hasErrors(), result.toString());
        assertEquals(1, result.clusters().size());
        assertTrue(result.clusters().get(0).properties().stream()
                .allMatch(property -> property.verdict().status() == Verdict.Status.PROVED), result.toString());
    }

    @Test
    void inferredSegmentHoldsBothNodesAndSaysItIsInferred() {
        String text = Importing.text(Importing.run(Importing.ciliumFixture(CILIUM_NODES)));
        KindFixturesTest.assertOneInferredSegment(text, "172.18.0.0/24");
    }

    @Test
    void ciliumsContainerlabPoliciesExportNoPodCidrsAndAreLeftOutAtTheirNeighborsLines() {
        Path policies = Importing.ciliumFixture("contrib/containerlab/bgp-cplane-dev-v4/bgpp.yaml");
        KubeDump nodes = new KubeDump()
                .add(KubeDump.node("bgp-cplane-dev-v4-control-plane", "10.0.1.2", "10.1.0.0/24", Map.of()))
                .add(KubeDump.node("bgp-cplane-dev-v4-worker", "10.0.2.2", "10.1.1.0/24", Map.of()));
        ImportResult result = Importing.run(policies, Importing.write(folder, "nodes.yaml", nodes.yamlList()));
        assertEquals(List.of(), BgpImportTest.peers(Importing.parse(Importing.text(result))));
        List<String> warnings = Importing.findings(result, Finding.Severity.WARNING);
        assertTrue(warnings.contains(policies + ":13: CiliumBGPPeeringPolicy/control-plane: neighbor 10.0.1.1/32 of virtual"
                + " router 65001 is not sent the PodCIDRs (exportPodCIDR is not true): left out, it learns no pod routes"),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(warning -> warning.startsWith(policies + ":27: CiliumBGPPeeringPolicy/worker")),
                warnings.toString());
    }

    @Test
    void ciliumsAutoDiscoveredPeerHasNoAddressAndIsLeftOutWithAWarning() {
        Path bgp = Importing.ciliumFixture("contrib/containerlab/bgpv2/auto-discovery/default-gateway/service/bgp.yaml");
        ImportResult result = Importing.run(bgp, Importing.write(folder, "nodes.yaml", BgpImportTest.racks().yamlList()));
        assertTrue(result.succeeded(), result.summary().lines().toString());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream().anyMatch(warning -> warning.contains(
                "CiliumBGPClusterConfig/cilium-bgp: peer 65000 has no peerAddress (auto-discovered: default-gateway)")));
        assertFalse(result.summary().readKinds().containsKey("Namespace"));
        assertEquals(2, result.summary().ignoredKinds().get("Namespace"));
    }

    @Test
    void quickInstallManifestOfCilium16IsReadByItsLegacyKeys() {
        Path manifest = Importing.ciliumFixture("install/kubernetes/quick-install.yaml");
        Path nodes = Importing.ciliumFixture(CILIUM_NODES);
        ImportResult result = Importing.run(manifest, nodes);
        Cilium cilium = Importing.parse(Importing.text(result)).getCilium().get(0);
        assertEquals("tunnel", cilium.getRoutingMode().getLiteral());
        assertEquals("vxlan", cilium.getTunnelProtocol());
        assertEquals(Boolean.FALSE, cilium.getAutoDirectNodeRoutes());
        // its 13 documents: the ConfigMap, 2 ServiceAccounts, 2 ClusterRoles, 2 bindings, a DaemonSet, a
        // Deployment, and 4 that hold comments only (null documents, no objects)
        Map<String, Integer> ignored = result.summary().ignoredKinds();
        assertEquals(Map.of("ClusterRole", 2, "ClusterRoleBinding", 2, "DaemonSet", 1, "Deployment", 1,
                "ServiceAccount", 2), ignored);
        assertFalse(Importing.findings(result, Finding.Severity.ASSUMPTION).stream().anyMatch(a -> a.contains("no cilium-config")));
    }
}
