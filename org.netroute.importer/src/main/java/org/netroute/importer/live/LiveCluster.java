package org.netroute.importer.live;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;
import org.netroute.importer.source.ObjectSink;
import org.netroute.importer.source.ObjectSource;
import org.netroute.importer.source.Origin;

/**
 * A running cluster, reached through the kubeconfig with the fabric8 client: the same objects a
 * user would dump with kubectl (Nodes, CiliumNodes, CiliumEndpoints or else Pods, the cilium-config
 * ConfigMap, Cilium's BGP objects). Kinds whose CRD is not installed are passed over. The only
 * class that uses the client, so the importer of files runs without it (Eclipse).
 */
public final class LiveCluster implements ObjectSource {

    /** One kind to list, and whether its CRD may be missing. */
    private record Kind(String group, String version, String kind, String plural, boolean namespaced) {

        ResourceDefinitionContext context() {
            return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind)
                    .withPlural(plural).withNamespaced(namespaced).build();
        }

        String apiVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }
    }

    private static final Kind NODE = new Kind("", "v1", "Node", "nodes", false);
    private static final Kind CONFIG_MAP = new Kind("", "v1", "ConfigMap", "configmaps", true);
    private static final Kind POD = new Kind("", "v1", "Pod", "pods", true);
    private static final Kind CILIUM_ENDPOINT = new Kind("cilium.io", "v2", "CiliumEndpoint", "ciliumendpoints", true);
    private static final List<Kind> CLUSTER_KINDS = List.of(
            new Kind("cilium.io", "v2", "CiliumNode", "ciliumnodes", false),
            new Kind("cilium.io", "v2alpha1", "CiliumBGPPeeringPolicy", "ciliumbgppeeringpolicies", false),
            new Kind("cilium.io", "v2", "CiliumBGPClusterConfig", "ciliumbgpclusterconfigs", false),
            new Kind("cilium.io", "v2", "CiliumBGPPeerConfig", "ciliumbgppeerconfigs", false),
            new Kind("cilium.io", "v2", "CiliumBGPAdvertisement", "ciliumbgpadvertisements", false),
            new Kind("cilium.io", "v2alpha1", "CiliumBGPClusterConfig", "ciliumbgpclusterconfigs", false),
            new Kind("cilium.io", "v2alpha1", "CiliumBGPPeerConfig", "ciliumbgppeerconfigs", false),
            new Kind("cilium.io", "v2alpha1", "CiliumBGPAdvertisement", "ciliumbgpadvertisements", false));

    private final Optional<Path> kubeconfig;
    private final Optional<String> context;

    /**
     * @param kubeconfig the kubeconfig file; empty for the usual one ({@code KUBECONFIG}, {@code ~/.kube/config})
     * @param context    the context to use; empty for the kubeconfig's current context
     */
    public LiveCluster(Optional<Path> kubeconfig, Optional<String> context) {
        this.kubeconfig = kubeconfig;
        this.context = context;
    }

    @Override
    public String description() {
        return "the cluster of " + context.map(name -> "context " + name).orElse("the current context")
                + kubeconfig.map(file -> " in " + file).orElse("");
    }

    @Override
    public void read(ObjectSink sink) {
        Origin origin = new Origin("cluster (" + context.map(name -> "context " + name).orElse("current context") + ")", 0);
        Config config;
        try {
            if (kubeconfig.isPresent()) {
                if (!Files.isReadable(kubeconfig.get())) {
                    sink.unreadable(new Origin(kubeconfig.get().toString(), 0), "cannot read the kubeconfig");
                    return;
                }
                config = Config.fromKubeconfig(context.orElse(null), new File(kubeconfig.get().toString()));
            } else {
                config = Config.autoConfigure(context.orElse(null));
            }
        } catch (KubernetesClientException | IllegalArgumentException e) {
            sink.unreadable(origin, "cannot use the kubeconfig: " + e.getMessage());
            return;
        }
        // a command line answers at once when the cluster cannot be reached, instead of retrying for minutes
        config.setRequestRetryBackoffLimit(1);
        config.setConnectionTimeout(10_000);
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            list(client, NODE, sink, origin, true);
            for (Kind kind : CLUSTER_KINDS) {
                list(client, kind, sink, origin, false);
            }
            ciliumConfig(client, sink, origin);
            int endpoints = list(client, CILIUM_ENDPOINT, sink, origin, false);
            if (endpoints == 0) {
                list(client, POD, sink, origin, true);
            }
        } catch (KubernetesClientException e) {
            sink.unreadable(origin, "cannot reach the cluster: " + message(e));
        }
    }

    /** Lists every object of a kind; returns how many. A kind whose CRD is missing has none. */
    private static int list(KubernetesClient client, Kind kind, ObjectSink sink, Origin origin, boolean required) {
        List<GenericKubernetesResource> items;
        try {
            var operation = client.genericKubernetesResources(kind.context());
            items = kind.namespaced() ? operation.inAnyNamespace().list().getItems() : operation.list().getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404 && !required) {
                return 0;
            }
            sink.unreadable(origin, "cannot list " + kind.plural() + ": " + message(e));
            return 0;
        }
        for (GenericKubernetesResource item : items) {
            deliver(client, item, kind, sink, origin);
        }
        return items.size();
    }

    /** The cilium-config ConfigMap: in kube-system where Cilium installs it, else in any namespace. */
    private static void ciliumConfig(KubernetesClient client, ObjectSink sink, Origin origin) {
        try {
            var configMaps = client.genericKubernetesResources(CONFIG_MAP.context());
            GenericKubernetesResource config = configMaps.inNamespace("kube-system").withName("cilium-config").get();
            if (config != null) {
                deliver(client, config, CONFIG_MAP, sink, origin);
                return;
            }
            for (GenericKubernetesResource item : configMaps.inAnyNamespace().list().getItems()) {
                if ("cilium-config".equals(item.getMetadata().getName())) {
                    deliver(client, item, CONFIG_MAP, sink, origin);
                }
            }
        } catch (KubernetesClientException e) {
            sink.unreadable(origin, "cannot read the cilium-config ConfigMap: " + message(e));
        }
    }

    @SuppressWarnings("unchecked")
    private static void deliver(KubernetesClient client, GenericKubernetesResource item, Kind kind, ObjectSink sink,
            Origin origin) {
        Map<String, Object> map = new LinkedHashMap<>(client.getKubernetesSerialization().convertValue(item, Map.class));
        // list items of the API carry no apiVersion and kind of their own
        if (map.get("kind") == null) {
            map.put("kind", kind.kind());
        }
        if (map.get("apiVersion") == null) {
            map.put("apiVersion", kind.apiVersion());
        }
        sink.object(KubeObject.of(KubeValue.of(map), origin, List.of()));
    }

    private static String message(KubernetesClientException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
