package org.netroute.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

/**
 * {@code netroute import --kubeconfig FILE --context NAME} against fabric8's mock API server in
 * CRUD mode, which serves the objects created in it as an API server would: the live import writes
 * the same cluster as the import of a dump of the same objects.
 */
class LiveClusterTest {

    private static final List<CustomResourceDefinitionContext> CILIUM = List.of(
            crd("CiliumNode", "ciliumnodes", "v2", false), crd("CiliumEndpoint", "ciliumendpoints", "v2", true),
            crd("CiliumBGPPeeringPolicy", "ciliumbgppeeringpolicies", "v2alpha1", false));

    @TempDir
    Path folder;

    private KubernetesMockServer server;
    private KubernetesClient client;
    private boolean running;

    private static CustomResourceDefinitionContext crd(String kind, String plural, String version, boolean namespaced) {
        return new CustomResourceDefinitionContext.Builder().withGroup("cilium.io").withVersion(version).withKind(kind)
                .withPlural(plural).withScope(namespaced ? "Namespaced" : "Cluster").build();
    }

    @BeforeEach
    void startServer() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(CILIUM), false);
        server.init();
        running = true;
        client = server.createClient();
    }

    @AfterEach
    void stopServer() {
        client.close();
        if (running) {
            server.destroy();
        }
    }

    /** A cluster of two nodes with endpoints, a Pod on the host network, a config and a BGP policy. */
    private static KubeDump objects() {
        KubeDump dump = new KubeDump().add(KubeDump.ciliumConfig(Map.of("routing-mode", "native",
                "ipv4-native-routing-cidr", "10.0.0.0/16", "auto-direct-node-routes", "true")));
        for (int i = 1; i <= 2; i++) {
            String name = "ip-192-168-1-" + (10 + i) + ".ec2.internal";
            dump.add(KubeDump.node(name, "192.168.1." + (10 + i), "10.244." + i + ".0/24", Map.of("rack", "r" + i)));
            dump.add(KubeDump.ciliumNode(name, "192.168.1." + (10 + i), "10.0." + i + ".0/24", Map.of("rack", "r" + i)));
            dump.add(KubeDump.endpoint("default", "web-" + i, "10.0." + i + ".10", "192.168.1." + (10 + i), i));
            dump.add(KubeDump.endpoint("shop", "web-" + i, "10.0." + i + ".11", "192.168.1." + (10 + i), 10 + i));
        }
        dump.add(Bgp.peeringPolicy("rack-1", Map.of("rack", "r1"), true, "192.168.1.1"));
        return dump;
    }

    private void create(KubeDump dump) {
        for (Map<String, Object> object : dump.objects()) {
            GenericKubernetesResource resource = client.getKubernetesSerialization().convertValue(object,
                    GenericKubernetesResource.class);
            String apiVersion = resource.getApiVersion();
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
            String kind = resource.getKind();
            boolean namespaced = resource.getMetadata().getNamespace() != null;
            ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version)
                    .withKind(kind).withPlural(kind.toLowerCase(Locale.ROOT) + (kind.endsWith("y") ? "" : "s"))
                    .withNamespaced(namespaced).build();
            var resources = client.genericKubernetesResources(context);
            (namespaced ? resources.inNamespace(resource.getMetadata().getNamespace()) : resources).resource(resource).create();
        }
    }

    private Path kubeconfig() {
        return Importing.write(folder, "kubeconfig", """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: http://%s:%d
                contexts:
                - name: mock-context
                  context:
                    cluster: mock
                    user: tester
                current-context: elsewhere
                users:
                - name: tester
                  user:
                    token: not-a-secret
                """.formatted(server.getHostName(), server.getPort()));
    }

    @Test
    void theLiveClusterGivesTheSameFileAsADumpOfItsObjects() throws Exception {
        KubeDump objects = objects();
        create(objects);
        Path written = folder.resolve("live.netroute");
        ImportCli run = ImportCli.of("import", "--kubeconfig", kubeconfig().toString(), "--context", "mock-context",
                "-o", written.toString());
        assertEquals(0, run.exitCode(), run.err());
        String live = Files.readString(written);
        String fromDump = Importing.text(Importing.run(Importing.write(folder, "dump.yaml", objects.yamlList())));
        assertEquals(withoutHeader(fromDump), withoutHeader(live));
        assertTrue(live.contains("peer bgp-peer-192-168-1-1 for ip-192-168-1-11.ec2.internal"), live);
        assertTrue(live.contains("pod shop/web-2 10.0.2.11"), live);
        assertTrue(run.err().contains("read: 1 CiliumBGPPeeringPolicy, 4 CiliumEndpoint, 2 CiliumNode, 1 ConfigMap, 2 Node"),
                run.err());
    }

    @Test
    void anUnreachableClusterIsAClearErrorWithoutAStackTrace() {
        Path kubeconfig = kubeconfig();
        server.destroy();
        running = false;
        ImportCli run = ImportCli.of("import", "--kubeconfig", kubeconfig.toString(), "--context", "mock-context");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: cluster (context mock-context): cannot"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnknownContextIsAClearError() {
        ImportCli run = ImportCli.of("import", "--kubeconfig", kubeconfig().toString(), "--context", "no-such-context");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("no-such-context"), run.err());
    }

    private static String withoutHeader(String text) {
        return text.substring(text.indexOf("\ncluster ") + 1);
    }
}
