package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/**
 * A {@code cilium sysdump} archive: a folder of timestamped files (YAML dumps, JSON, logs), whose
 * objects are found by their kind whatever the files are called.
 */
class SysdumpTest {

    @TempDir
    Path folder;

    private Path sysdump(Map<String, String> entries) throws IOException {
        Path zip = folder.resolve("cilium-sysdump-20261201-101500.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry("cilium-sysdump-20261201-101500/" + entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void objectsAreFoundByKindWhateverTheEntriesAreCalled() throws IOException {
        KubeDump nodes = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.node("worker-2", "192.168.1.12", "10.0.2.0/24", Map.of()));
        KubeDump ciliumNodes = new KubeDump().add(KubeDump.ciliumNode("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.ciliumNode("worker-2", "192.168.1.12", "10.0.2.0/24", Map.of()));
        KubeDump endpoints = new KubeDump().add(KubeDump.endpoint("default", "web", "10.0.1.5", "192.168.1.11", 1))
                .add(KubeDump.endpoint("default", "db", "10.0.2.5", "192.168.1.12", 2));
        KubeDump config = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "tunnel",
                "tunnel-protocol", "geneve")));
        // the names are deliberately unlike a sysdump's: the importer must not depend on them
        Path zip = sysdump(Map.of(
                "k8s-nodes-20261201-101500.yaml", nodes.yamlList(),
                "a.json", ciliumNodes.jsonList(),
                "misc/things-20261201-101500.yaml", endpoints.yamlList(),
                "cilium-configmap-20261201-101500.yaml", config.yamlDocuments(),
                "cilium-operator-logs.txt", "level=info msg=\"not yaml: { ]\"",
                "cilium-health-status.json", "{\"local\": {\"name\": \"worker-1\"}}"));
        ImportResult result = Importing.run(zip);
        assertEquals(Map.of("worker-1", List.of("default/web 10.0.1.5"), "worker-2", List.of("default/db 10.0.2.5")),
                GeneratedDumpTest.pods(Importing.parse(Importing.text(result))));
        assertEquals("geneve", Importing.parse(Importing.text(result)).getCilium().get(0).getTunnelProtocol());
        assertTrue(result.summary().lines().contains("ignored: 1 without a kind"), result.summary().lines().toString());
    }

    @Test
    void aMalformedEntryIsAnErrorNamingTheArchiveEntryAndLine() throws IOException {
        Path zip = sysdump(Map.of("ciliumnodes.yaml", "apiVersion: v1\nitems:\n- kind: CiliumNode\n  metadata: [name\n"));
        ImportResult result = Importing.run(zip);
        assertFalse(result.succeeded());
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(zip + "!/cilium-sysdump-20261201-101500/ciliumnodes.yaml:"), errors.get(0));
        assertTrue(errors.get(0).contains("malformed YAML"), errors.get(0));
    }

    @Test
    void anUnreadableZipIsAClearError() throws IOException {
        Path broken = folder.resolve("cilium-sysdump-broken.zip");
        Files.write(broken, "PK\u0003\u0004 this is no zip archive".getBytes(StandardCharsets.ISO_8859_1));
        ImportResult result = Importing.run(broken);
        assertFalse(result.succeeded());
        assertEquals(List.of(broken + ": not a readable zip archive (zip END header not found)"),
                Importing.findings(result, Finding.Severity.ERROR));
    }
}
