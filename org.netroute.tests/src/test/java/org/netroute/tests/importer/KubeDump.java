package org.netroute.tests.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Kubernetes objects as kubectl would print them, made from plain maps: the generated dumps the
 * importer's tests and benchmark read, of any size and mix (the kind dumps in
 * src/test/resources/importer hold no pods). Objects are written by YAML and JSON libraries, never
 * by hand.
 */
public final class KubeDump {

    private final List<Map<String, Object>> objects = new ArrayList<>();

    public KubeDump add(Map<String, Object> object) {
        objects.add(object);
        return this;
    }

    public KubeDump addAll(List<Map<String, Object>> more) {
        objects.addAll(more);
        return this;
    }

    public List<Map<String, Object>> objects() {
        return objects;
    }

    /** As {@code kubectl get ... -o yaml} prints several objects: one {@code kind: List}. */
    public String yamlList() {
        return dump().dumpToString(list());
    }

    /** As {@code helm template} or {@code kubectl get X -o yaml} per object: documents separated by {@code ---}. */
    public String yamlDocuments() {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> object : objects) {
            text.append("---\n").append(dump().dumpToString(object));
        }
        return text.toString();
    }

    /** As {@code kubectl get ... -o json} prints several objects. */
    public String jsonList() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list()) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a large list without holding its text: YAML, or JSON when the file name ends in .json. */
    public void writeList(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (file.toString().endsWith(".json")) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(writer, list());
            } else {
                writer.write("apiVersion: v1\nitems:\n");
                Dump dump = dump();
                for (Map<String, Object> object : objects) {
                    String item = dump.dumpToString(object);
                    String[] lines = item.split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        writer.write(i == 0 ? "- " : "  ");
                        writer.write(lines[i]);
                        writer.write('\n');
                    }
                }
                writer.write("kind: List\nmetadata:\n  resourceVersion: \"\"\n");
            }
        }
    }

    private Map<String, Object> list() {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("items", objects);
        list.put("kind", "List");
        list.put("metadata", Map.of("resourceVersion", ""));
        return list;
    }

    private static Dump dump() {
        // kubectl writes a value shared by two objects twice, never as a YAML anchor and alias
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndicatorIndent(0)
                .setIndent(2).setDereferenceAliases(true).build());
    }

    // ------------------------------------------------------------------ objects

    public static Map<String, Object> node(String name, String internalIp, String podCidr, Map<String, String> labels) {
        Map<String, Object> labelsWithHost = new LinkedHashMap<>(labels);
        labelsWithHost.putIfAbsent("kubernetes.io/hostname", name);
        Map<String, Object> spec = new LinkedHashMap<>();
        if (podCidr != null) {
            spec.put("podCIDR", podCidr);
            spec.put("podCIDRs", List.of(podCidr));
        }
        spec.put("providerID", "kind://docker/netroute/" + name);
        return object("v1", "Node", null, name, labelsWithHost, Map.of("spec", spec, "status", Map.of("addresses", List.of(
                Map.of("address", internalIp, "type", "InternalIP"), Map.of("address", name, "type", "Hostname")))));
    }

    public static Map<String, Object> ciliumNode(String name, String internalIp, String podCidr, Map<String, String> labels) {
        return ciliumNode(name, internalIp, null, podCidr, labels);
    }

    /** A CiliumNode with its CiliumInternalIP (cilium_host's address) among its addresses, when not null. */
    public static Map<String, Object> ciliumNode(String name, String internalIp, String ciliumInternalIp, String podCidr,
            Map<String, String> labels) {
        Map<String, Object> labelsWithHost = new LinkedHashMap<>(labels);
        labelsWithHost.putIfAbsent("kubernetes.io/hostname", name);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("addresses", ciliumInternalIp == null ? List.of(Map.of("ip", internalIp, "type", "InternalIP"))
                : List.of(Map.of("ip", internalIp, "type", "InternalIP"), Map.of("ip", ciliumInternalIp, "type",
                        "CiliumInternalIP")));
        spec.put("encryption", Map.of());
        spec.put("eni", Map.of());
        spec.put("ipam", podCidr == null ? Map.of() : Map.of("podCIDRs", List.of(podCidr)));
        return object("cilium.io/v2", "CiliumNode", null, name, labelsWithHost, Map.of("spec", spec));
    }

    /** A CiliumEndpoint as the agent writes it for a pod. */
    public static Map<String, Object> endpoint(String namespace, String name, String ip, String nodeIp, int id) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("encryption", Map.of());
        status.put("external-identifiers", Map.of("container-id", String.format("%064x", id), "k8s-namespace", namespace,
                "k8s-pod-name", name, "pod-name", namespace + "/" + name));
        status.put("id", id % 4000 + 1);
        status.put("identity", Map.of("id", 10_000 + id % 100, "labels", List.of("k8s:app=" + name.replaceAll("-[^-]*$", ""),
                "k8s:io.kubernetes.pod.namespace=" + namespace)));
        status.put("networking", Map.of("addressing", List.of(Map.of("ipv4", ip)), "node", nodeIp));
        status.put("state", "ready");
        Map<String, Object> object = object("cilium.io/v2", "CiliumEndpoint", namespace, name,
                Map.of("app", name.replaceAll("-[^-]*$", "")), Map.of("status", status));
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
        metadata.put("ownerReferences", List.of(Map.of("apiVersion", "v1", "kind", "Pod", "name", name, "uid",
                String.format("0e0c1c2a-0000-4000-8000-%012d", id))));
        return object;
    }

    public static Map<String, Object> pod(String namespace, String name, String nodeName, String ip, boolean hostNetwork) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("containers", List.of(Map.of("image", "registry.k8s.io/pause:3.9", "name", "main")));
        if (hostNetwork) {
            spec.put("hostNetwork", true);
        }
        spec.put("nodeName", nodeName);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("phase", "Running");
        if (ip != null) {
            status.put("podIP", ip);
            status.put("podIPs", List.of(Map.of("ip", ip)));
        }
        return object("v1", "Pod", namespace, name, Map.of("app", name), Map.of("spec", spec, "status", status));
    }

    /** The cilium-config ConfigMap with string values, as the Helm chart renders it. */
    public static Map<String, Object> ciliumConfig(Map<String, String> data) {
        Map<String, Object> object = object("v1", "ConfigMap", "kube-system", "cilium-config", Map.of(), Map.of());
        object.put("data", new LinkedHashMap<>(data));
        return object;
    }

    public static Map<String, Object> object(String apiVersion, String kind, String namespace, String name,
            Map<String, ?> labels, Map<String, Object> rest) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (!labels.isEmpty()) {
            metadata.put("labels", new LinkedHashMap<>(labels));
        }
        metadata.put("name", name);
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        metadata.put("resourceVersion", "1");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", apiVersion);
        object.put("kind", kind);
        object.put("metadata", metadata);
        object.putAll(rest);
        return object;
    }
}
