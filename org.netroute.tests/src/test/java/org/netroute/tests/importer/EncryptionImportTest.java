package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/** Transparent encryption read from a cluster: Cilium's two keys, and each node's CiliumInternalIP from its CiliumNode. */
class EncryptionImportTest {

    @TempDir
    Path folder;

    private ImportResult importWith(Map<String, String> config, String ciliumInternalIp) {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(config));
        dump.add(KubeDump.ciliumNode("worker-1", "192.168.1.11", ciliumInternalIp, "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.ciliumNode("worker-2", "192.168.1.12", "10.0.2.77", "10.0.2.0/24", Map.of()));
        return Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList()));
    }

    private static boolean mentionsEncryption(List<String> findings) {
        return findings.stream().anyMatch(finding -> finding.contains("enable-wireguard") || finding.contains("enable-ipsec"));
    }

    @Test
    void enableWireguardIsWrittenIntoTheCiliumBlockWithoutAWarning() {
        ImportResult result = importWith(Map.of("routing-mode", "tunnel", "enable-wireguard", "true"), "10.0.1.9");
        Cilium cilium = Importing.parse(Importing.text(result)).getCilium().get(0);
        assertEquals(Boolean.TRUE, cilium.getEnableWireguard());
        assertNull(cilium.getEnableIpsec());
        assertFalse(mentionsEncryption(Importing.findings(result, Finding.Severity.WARNING)),
                Importing.findings(result, Finding.Severity.WARNING).toString());
    }

    @Test
    void enableIpsecIsWrittenWithEachNodesCiliumInternalIp() {
        ImportResult result = importWith(Map.of("routing-mode", "native", "ipv4-native-routing-cidr", "10.0.0.0/16",
                "enable-ipsec", "true"), "10.0.1.9");
        Cluster cluster = Importing.parse(Importing.text(result));
        assertEquals(Boolean.TRUE, cluster.getCilium().get(0).getEnableIpsec());
        assertEquals(List.of("10.0.1.9", "10.0.2.77"),
                cluster.getNodes().stream().map(node -> node.getCiliumInternalIp()).toList());
        assertFalse(mentionsEncryption(Importing.findings(result, Finding.Severity.WARNING)));
    }

    @Test
    void withoutIpsecNoCiliumInternalIpIsWritten() {
        Cluster cluster = Importing.parse(Importing.text(importWith(Map.of("routing-mode", "tunnel"), "10.0.1.9")));
        assertTrue(cluster.getNodes().stream().allMatch(node -> node.getCiliumInternalIp() == null));
    }

    @Test
    void aCiliumInternalIpOutsideThePodCidrIsLeftOutWithAWarning() {
        ImportResult result = importWith(Map.of("routing-mode", "tunnel", "enable-ipsec", "true"), "169.254.0.1");
        Cluster cluster = Importing.parse(Importing.text(result));
        assertNull(cluster.getNodes().get(0).getCiliumInternalIp());
        assertEquals("10.0.2.77", cluster.getNodes().get(1).getCiliumInternalIp());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream()
                .anyMatch(warning -> warning.contains("CiliumInternalIP 169.254.0.1 lies outside PodCIDR 10.0.1.0/24")),
                Importing.findings(result, Finding.Severity.WARNING).toString());
    }

    @Test
    void wireguardAndIpsecTogetherAreAnErrorAsCiliumRefusesThem() {
        ImportResult result = importWith(Map.of("routing-mode", "tunnel", "enable-wireguard", "true", "enable-ipsec", "true"),
                "10.0.1.9");
        assertFalse(result.succeeded());
        assertTrue(Importing.findings(result, Finding.Severity.ERROR).stream()
                .anyMatch(error -> error.contains("enable-wireguard and enable-ipsec are both true")),
                Importing.findings(result, Finding.Severity.ERROR).toString());
    }
}
