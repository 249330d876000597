package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/** The cilium-config ConfigMap as Cilium's agent reads it: each routing mode, the legacy {@code tunnel} key, and what is not modelled. */
class CiliumConfigTest {

    @TempDir
    Path folder;

    private ImportResult importWith(Map<String, String> config) {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(config));
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.node("worker-2", "192.168.1.12", "10.0.2.0/24", Map.of()));
        return Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList()));
    }

    /** The cilium block's options as written, key to value. */
    private Map<String, String> options(Map<String, String> config) {
        String text = Importing.text(importWith(config));
        Cilium cilium = Importing.parse(text).getCilium().get(0);
        Map<String, String> options = new LinkedHashMap<>();
        // the enum's default is tunnel: an absent routing-mode reads as tunnel, and import always writes one
        options.put("routing-mode", cilium.getRoutingMode().getLiteral());
        if (cilium.getTunnelProtocol() != null) {
            options.put("tunnel-protocol", cilium.getTunnelProtocol());
        }
        if (cilium.getTunnelPort() != null) {
            options.put("tunnel-port", cilium.getTunnelPort().toString());
        }
        if (cilium.getMtu() != null) {
            options.put("mtu", cilium.getMtu().toString());
        }
        if (cilium.getNativeRoutingCidr() != null) {
            options.put("ipv4-native-routing-cidr", cilium.getNativeRoutingCidr());
        }
        if (cilium.getAutoDirectNodeRoutes() != null) {
            options.put("auto-direct-node-routes", cilium.getAutoDirectNodeRoutes().toString());
        }
        if (cilium.getDirectRoutingSkipUnreachable() != null) {
            options.put("direct-routing-skip-unreachable", cilium.getDirectRoutingSkipUnreachable().toString());
        }
        return options;
    }

    static Stream<Arguments> routingModes() {
        return Stream.of(
                Arguments.of(Map.of("routing-mode", "tunnel", "tunnel-protocol", "vxlan"),
                        Map.of("routing-mode", "tunnel", "tunnel-protocol", "vxlan")),
                Arguments.of(Map.of("routing-mode", "tunnel", "tunnel-protocol", "geneve", "tunnel-port", "6082", "mtu", "9000"),
                        Map.of("routing-mode", "tunnel", "tunnel-protocol", "geneve", "tunnel-port", "6082", "mtu", "9000")),
                Arguments.of(Map.of("routing-mode", "native", "ipv4-native-routing-cidr", "10.0.0.0/8",
                        "auto-direct-node-routes", "true", "direct-routing-skip-unreachable", "false", "tunnel-protocol", "vxlan"),
                        Map.of("routing-mode", "native", "ipv4-native-routing-cidr", "10.0.0.0/8",
                                "auto-direct-node-routes", "true", "direct-routing-skip-unreachable", "false")),
                // the legacy key of Cilium before 1.14
                Arguments.of(Map.of("tunnel", "vxlan"), Map.of("routing-mode", "tunnel", "tunnel-protocol", "vxlan")),
                Arguments.of(Map.of("tunnel", "geneve"), Map.of("routing-mode", "tunnel", "tunnel-protocol", "geneve")),
                Arguments.of(Map.of("tunnel", "disabled", "native-routing-cidr", "10.0.0.0/8"),
                        Map.of("routing-mode", "native", "ipv4-native-routing-cidr", "10.0.0.0/8")),
                // mtu 0 and tunnel-port 0 mean "auto" and "the protocol's": the same as absent
                Arguments.of(Map.of("routing-mode", "tunnel", "mtu", "0", "tunnel-port", "0"),
                        Map.of("routing-mode", "tunnel", "tunnel-protocol", "vxlan")));
    }

    @ParameterizedTest
    @MethodSource("routingModes")
    void routingModeIsWrittenAsCiliumReadsIt(Map<String, String> config, Map<String, String> expected) {
        assertEquals(expected, options(config));
    }

    @Test
    void routingModeWinsOverADisagreeingLegacyTunnelKey() {
        ImportResult result = importWith(Map.of("routing-mode", "native", "tunnel", "vxlan", "ipv4-native-routing-cidr",
                "10.0.0.0/8"));
        assertEquals("native", Importing.parse(Importing.text(result)).getCilium().get(0).getRoutingMode().getLiteral());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream().anyMatch(w -> w.contains("legacy key tunnel")));
    }

    @Test
    void withoutACiliumConfigCiliumsDefaultsAreWrittenAndSaidToBeAssumed() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        ImportResult result = Importing.run(Importing.write(folder, "nodes.yaml", dump.yamlList()));
        String text = Importing.text(result);
        assertTrue(text.contains("routing-mode: tunnel // inferred: "), text);
        assertTrue(Importing.findings(result, Finding.Severity.ASSUMPTION).stream().anyMatch(a -> a.contains("no cilium-config")));
    }

    @Test
    void ciliumsMtuStaysCiliumsAndIsNotCopiedIntoTheSegments() {
        String text = Importing.text(importWith(Map.of("routing-mode", "tunnel", "mtu", "8950")));
        assertEquals(1500, Importing.parse(text).getSegments().get(0).getMtu());
        assertEquals(8950, Importing.parse(text).getCilium().get(0).getMtu());
    }

    static Stream<Arguments> unmodelled() {
        return Stream.of(
                Arguments.of("enable-ipsec-encrypted-overlay", "true", "encrypted overlay (VXLAN inside ESP"),
                Arguments.of("encrypt-node", "true", "node-to-node encryption is not modelled"),
                Arguments.of("enable-ipv6", "true", "only its IPv4 half is imported"),
                Arguments.of("enable-ipv4", "false", "IPv6-only cluster is not modelled"),
                Arguments.of("ipam", "azure", "ipam: azure is not modelled"));
    }

    @ParameterizedTest
    @MethodSource("unmodelled")
    void whatNetRouteDoesNotModelIsAWarningNamingTheKeysLine(String key, String value, String words) {
        Path file = Importing.write(folder, "config.yaml", new KubeDump()
                .add(KubeDump.ciliumConfig(Map.of("routing-mode", "tunnel", key, value)))
                .add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of())).yamlList());
        ImportResult result = Importing.run(file);
        assertTrue(result.succeeded(), result.summary().lines().toString());
        List<String> warnings = Importing.findings(result, Finding.Severity.WARNING);
        assertTrue(warnings.stream().anyMatch(warning -> warning.startsWith(file + ":") && warning.contains(
                "ConfigMap/kube-system/cilium-config: " + key) && warning.contains(words)), warnings.toString());
    }

    @Test
    void eniIpamLeavesOutNodesWithoutPodCidrWithAWarningNotAnError() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("ipam", "eni", "routing-mode", "native",
                "ipv4-native-routing-cidr", "10.0.0.0/8")));
        dump.add(KubeDump.node("ip-10-0-1-5.ec2.internal", "10.0.1.5", null, Map.of()));
        ImportResult result = Importing.run(Importing.write(folder, "eni.yaml", dump.yamlList()));
        assertTrue(result.succeeded(), result.summary().lines().toString());
        assertTrue(Importing.parse(Importing.text(result)).getNodes().isEmpty());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream()
                .anyMatch(warning -> warning.contains("Node/ip-10-0-1-5.ec2.internal: has no PodCIDR")));
    }

    @Test
    void installManifestOfCilium113IsReadByItsLegacyTunnelKey() {
        // helm template's output: one document per object, two of them comments only (no object)
        ImportResult result = Importing.run(Importing.dump("cilium-1.13/install.yaml"), Importing.dump("kind/orchard-nodes.yaml"));
        Cilium cilium = Importing.parse(Importing.text(result)).getCilium().get(0);
        assertEquals("tunnel", cilium.getRoutingMode().getLiteral());
        assertEquals("geneve", cilium.getTunnelProtocol());
        assertEquals(Boolean.FALSE, cilium.getAutoDirectNodeRoutes());
        assertEquals(Map.of("ClusterRole", 2, "ClusterRoleBinding", 2, "DaemonSet", 1, "Deployment", 1, "Service", 1,
                "ServiceAccount", 2), result.summary().ignoredKinds());
        assertFalse(Importing.findings(result, Finding.Severity.ASSUMPTION).stream().anyMatch(a -> a.contains("no cilium-config")));
        assertTrue(Importing.text(result).contains("(before Cilium 1.14)"), Importing.text(result));
    }

    @Test
    void tunnelDisabledOfCilium113IsNativeRoutingAndVerifyProvesTheCluster() {
        // kubectl get configmap cilium-config -n kube-system -o json, of a Helm install
        ImportResult result = Importing.run(Importing.dump("cilium-1.13/cilium-config.json"), Importing.dump("kind/orchard-nodes.yaml"));
        String text = Importing.text(result);
        Cilium cilium = Importing.parse(text).getCilium().get(0);
        assertEquals("native", cilium.getRoutingMode().getLiteral());
        assertEquals(null, cilium.getTunnelProtocol());
        assertEquals("10.240.0.0/16", cilium.getNativeRoutingCidr());
        assertEquals(Boolean.TRUE, cilium.getAutoDirectNodeRoutes());
        assertTrue(text.contains("tunnel: disabled (before Cilium 1.14)"), text);
        FileResult verified = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "orchard.netroute", "orchard.netroute");
        assertFalse(verified.hasErrors(), verified.toString());
        assertTrue(verified.clusters().get(0).properties().stream()
                .allMatch(property -> property.verdict().status() == Verdict.Status.PROVED), verified.toString());
    }
}
