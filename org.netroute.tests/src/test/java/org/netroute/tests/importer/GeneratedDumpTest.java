package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportResult;

/**
 * Dumps with what the kind dumps lack: CiliumEndpoints, Pods and a current cilium-config, with
 * Kubernetes names as they are (dotted node names, pod names repeated across namespaces).
 */
class GeneratedDumpTest {

    @TempDir
    Path folder;

    /** Three nodes with EC2-style names, two pods each, "web-1" in two namespaces. */
    private static KubeDump cluster() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.ciliumConfig(Map.of("routing-mode", "native", "ipv4-native-routing-cidr", "10.0.0.0/16",
                "auto-direct-node-routes", "true", "cluster-name", "prod.eu-1")));
        for (int i = 1; i <= 3; i++) {
            String name = "ip-192-168-1-" + (10 + i) + ".ec2.internal";
            String address = "192.168.1." + (10 + i);
            dump.add(KubeDump.node(name, address, "10.0." + i + ".0/24", Map.of()));
            dump.add(KubeDump.ciliumNode(name, address, "10.0." + i + ".0/24", Map.of()));
            dump.add(KubeDump.endpoint("default", "web-" + i, "10.0." + i + ".10", address, i));
            dump.add(KubeDump.endpoint("shop", "web-" + i, "10.0." + i + ".11", address, 10 + i));
        }
        return dump;
    }

    @Test
    void endpointsBecomeNamespacedPodsOnTheirNodes() {
        Cluster cluster = Importing.parse(Importing.text(Importing.run(Importing.write(folder, "all.yaml", cluster().yamlList()))));
        assertEquals("prod.eu-1", cluster.getName());
        Map<String, List<String>> pods = pods(cluster);
        assertEquals(List.of("default/web-1 10.0.1.10", "shop/web-1 10.0.1.11"), pods.get("ip-192-168-1-11.ec2.internal"));
        assertEquals(List.of("default/web-3 10.0.3.10", "shop/web-3 10.0.3.11"), pods.get("ip-192-168-1-13.ec2.internal"));
        assertEquals(3, pods.size());
    }

    @Test
    void yamlListMultiDocumentYamlAndJsonGiveTheSameFile() {
        KubeDump dump = cluster();
        String list = Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.yamlList())));
        String documents = Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.yamlDocuments())));
        String json = Importing.text(Importing.run(Importing.write(folder, "dump.yaml", dump.jsonList())));
        assertEquals(list, documents);
        assertEquals(list, json);
    }

    @Test
    void singleObjectsInSeparateFilesOfAFolderAreReadAsOne() {
        KubeDump dump = cluster();
        for (int i = 0; i < dump.objects().size(); i++) {
            KubeDump one = new KubeDump().add(dump.objects().get(i));
            Importing.write(folder, "objects/" + i + (i % 2 == 0 ? ".yaml" : ".json"),
                    i % 2 == 0 ? one.yamlDocuments() : one.jsonList());
        }
        Importing.write(folder, "objects/notes.txt", "not an object: passed over");
        String fromFolder = Importing.text(Importing.run(folder.resolve("objects")));
        assertEquals(pods(Importing.parse(Importing.text(Importing.run(Importing.write(folder, "all.yaml",
                dump.yamlList()))))), pods(Importing.parse(fromFolder)));
    }

    @Test
    void podsWithoutEndpointsAreReadFromPodObjectsAndHostNetworkPodsAreSkipped() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.pod("default", "api", "worker-1", "10.0.1.20", false));
        dump.add(KubeDump.pod("kube-system", "kube-proxy-x7c2", "worker-1", "192.168.1.11", true));
        dump.add(KubeDump.pod("default", "pending", "worker-1", null, false));
        ImportResult result = Importing.run(Importing.write(folder, "pods.yaml", dump.yamlList()));
        assertEquals(Map.of("worker-1", List.of("default/api 10.0.1.20")), pods(Importing.parse(Importing.text(result))));
        assertEquals(1, result.summary().hostNetworkPods());
        assertTrue(result.summary().lines().contains("ignored: 1 host-network Pod"), result.summary().lines().toString());
    }

    @Test
    void anEndpointWinsOverThePodOfTheSameName() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.pod("default", "api", "worker-1", "10.0.1.20", false));
        dump.add(KubeDump.endpoint("default", "api", "10.0.1.20", "192.168.1.11", 1));
        ImportResult result = Importing.run(Importing.write(folder, "both.yaml", dump.yamlList()));
        assertEquals(Map.of("worker-1", List.of("default/api 10.0.1.20")), pods(Importing.parse(Importing.text(result))));
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).isEmpty(), result.summary().lines().toString());
    }

    @Test
    void ciliumNodeWinsOverNodeForThePodCidr() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.244.7.0/24", Map.of()));
        dump.add(KubeDump.ciliumNode("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        ImportResult result = Importing.run(Importing.write(folder, "nodes.yaml", dump.yamlList()));
        Node node = Importing.parse(Importing.text(result)).getNodes().get(0);
        assertEquals("10.0.1.0/24", node.getPodCidr());
        assertTrue(Importing.findings(result, Finding.Severity.WARNING).stream().anyMatch(warning ->
                warning.contains("CiliumNode/worker-1") && warning.contains("differs from the Node's 10.244.7.0/24")),
                result.summary().lines().toString());
    }

    @Test
    void namesTheLanguageCannotWriteBareAreQuotedAndReadBackUnchanged() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.node("1node", "192.168.1.11", "10.0.1.0/24", Map.of()));
        dump.add(KubeDump.node("pod", "192.168.1.12", "10.0.2.0/24", Map.of()));
        dump.add(KubeDump.endpoint("default", "1web", "10.0.1.5", "192.168.1.11", 1));
        dump.add(KubeDump.endpoint("native", "api", "10.0.2.5", "192.168.1.12", 2));
        String text = Importing.text(Importing.run(Importing.write(folder, "names.yaml", dump.yamlList())));
        assertTrue(text.contains("node \"1node\" {"), text);
        assertTrue(text.contains("node \"pod\" {"), text);
        assertEquals(Map.of("1node", List.of("default/1web 10.0.1.5"), "pod", List.of("native/api 10.0.2.5")),
                pods(Importing.parse(text)));
    }

    @Test
    void verifyProvesTheImportedNativeClusterWithItsPods() {
        String text = Importing.text(Importing.run(Importing.write(folder, "all.yaml", cluster().yamlList())));
        FileResult result = new Verifier("interpreter", Verifier.DEFAULT_TIME_LIMIT).verify(text, "all.netroute", "all.netroute");
        assertFalse(result.hasErrors(), result.diagnostics().toString());
        assertTrue(result.clusters().get(0).properties().stream()
                .allMatch(property -> property.verdict().status() == Verdict.Status.PROVED), result.toString());
    }

    @Test
    void podsOutsideTheirNodesPodCidrAreLeftOutWithOneWarningPerReason() {
        KubeDump dump = new KubeDump();
        dump.add(KubeDump.node("worker-1", "192.168.1.11", "10.0.1.0/24", Map.of()));
        for (int i = 0; i < 5; i++) {
            dump.add(KubeDump.endpoint("default", "stale-" + i, "10.9.9." + (i + 1), "192.168.1.11", i));
        }
        dump.add(KubeDump.endpoint("default", "elsewhere", "10.0.1.7", "192.168.1.99", 9));
        ImportResult result = Importing.run(Importing.write(folder, "stale.yaml", dump.yamlList()));
        List<String> warnings = Importing.findings(result, Finding.Severity.WARNING);
        assertTrue(warnings.stream().anyMatch(warning -> warning.contains("5 pods left out, like this one")
                && warning.contains("CiliumEndpoint/default/stale-0") && warning.contains("outside the PodCIDR 10.0.1.0/24")),
                warnings.toString());
        // an endpoint whose node address is unknown is placed by the PodCIDR that holds it
        assertEquals(Map.of("worker-1", List.of("default/elsewhere 10.0.1.7")), pods(Importing.parse(Importing.text(result))));
    }

    /** Each node's pods as "namespace/name address", in file order. */
    static Map<String, List<String>> pods(Cluster cluster) {
        Map<String, List<String>> pods = new TreeMap<>();
        for (Node node : cluster.getNodes()) {
            List<String> list = new ArrayList<>();
            for (Pod pod : node.getPods()) {
                list.add(pod.getName() + " " + pod.getAddress());
            }
            if (!list.isEmpty()) {
                pods.put(node.getName(), list);
            }
        }
        return pods;
    }
}
