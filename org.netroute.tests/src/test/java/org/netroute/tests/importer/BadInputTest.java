package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/** Bad input gives a clear error naming the object and its file and line, never an exception. */
class BadInputTest {

    @TempDir
    Path folder;

    @Test
    void malformedYamlIsAnErrorAtItsLine() {
        Path file = Importing.write(folder, "nodes.yaml", """
                apiVersion: v1
                kind: Node
                metadata:
                  name: worker-1
                 labels: {a: b}
                """);
        ImportResult result = Importing.run(file);
        assertFalse(result.succeeded());
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":5: malformed YAML: "), errors.get(0));
    }

    @Test
    void malformedJsonIsAnErrorAtItsLine() {
        Path file = Importing.write(folder, "nodes.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Node\",\n  \"metadata\": {\"name\": }\n}\n");
        List<String> errors = Importing.findings(Importing.run(file), Finding.Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith(file + ":4: malformed JSON: "), errors.get(0));
    }

    @Test
    void aNodeWithoutPodCidrIsAnErrorNamingItsObjectAndLine() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.node("worker-2", "192.168.1.12", null, Map.of()));
        Path file = Importing.write(folder, "nodes.yaml", dump.yamlList());
        ImportResult result = Importing.run(file);
        assertFalse(result.succeeded());
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertEquals(1, errors.size(), errors.toString());
        List<String> lines = dump.yamlList().lines().toList();
        int second = lines.subList(lines.indexOf("- apiVersion: v1") + 1, lines.size()).indexOf("- apiVersion: v1")
                + lines.indexOf("- apiVersion: v1") + 1;
        assertTrue(errors.get(0).startsWith(file + ":" + (second + 1) + ": Node/worker-2: has no IPv4 PodCIDR"),
                errors.get(0) + "\n" + dump.yamlList());
    }

    @Test
    void unknownKindsAreIgnoredAndCounted() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.object("v1", "Service", "default", "web", Map.of(), Map.of()))
                .add(KubeDump.object("v1", "Service", "default", "api", Map.of(), Map.of()))
                .add(KubeDump.object("example.com/v1", "Widget", null, "w", Map.of(), Map.of()));
        ImportResult result = Importing.run(Importing.write(folder, "mixed.yaml", dump.yamlList()));
        assertTrue(result.succeeded());
        assertEquals(Map.of("Service", 2, "Widget", 1), result.summary().ignoredKinds());
        assertTrue(result.summary().lines().contains("ignored: 2 Service, 1 Widget"), result.summary().lines().toString());
    }

    @Test
    void aMissingFileIsAnErrorNotAnException() {
        Path missing = folder.resolve("no-such-dump.yaml");
        assertEquals(List.of(missing + ": no such file or folder"),
                Importing.findings(Importing.run(missing), Finding.Severity.ERROR));
    }

    @Test
    void aKeyWrittenTwiceKeepsTheLastValueWithAWarningAtItsLine() {
        Path file = Importing.write(folder, "helm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cilium-config
                  namespace: kube-system
                data:
                  routing-mode: tunnel
                  ipv4-native-routing-cidr: 10.0.0.0/16
                  routing-mode: native
                ---
                apiVersion: v1
                kind: Node
                metadata:
                  name: worker-1
                spec:
                  podCIDR: 10.0.1.0/24
                status:
                  addresses:
                  - type: InternalIP
                    address: 192.168.1.11
                """);
        ImportResult result = Importing.run(file);
        assertEquals("native", Importing.parse(Importing.text(result)).getCilium().get(0).getRoutingMode().getLiteral());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).contains(file
                + ":9: ConfigMap/kube-system/cilium-config: key 'routing-mode' is written twice: the last value wins, as in"
                + " Kubernetes (cilium/cilium#27756)"), result.summary().lines().toString());
    }

    @Test
    void overlappingPodCidrsFoundByTheLanguageAreReportedAtTheObjects() {
        KubeDump dump = new KubeDump().add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()))
                .add(KubeDump.node("worker-2", "192.168.1.12", "10.0.1.0/25", Map.of()));
        Path file = Importing.write(folder, "overlap.yaml", dump.yamlList());
        ImportResult result = Importing.run(file);
        assertFalse(result.succeeded());
        List<String> errors = Importing.findings(result, Finding.Severity.ERROR);
        assertTrue(errors.stream().anyMatch(error -> error.startsWith(file + ":") && error.contains("Node/worker-2")
                && error.contains("overlaps PodCIDR 10.0.1.0/24") && error.contains("of the imported file")), errors.toString());
    }
}
