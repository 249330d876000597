package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.netroute.importer.Findings;
import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.ObjectSink;
import org.netroute.importer.source.Origin;

/**
 * Everything import reads from the objects of all sources, sorted by kind as they arrive: the
 * cilium-config, Nodes and CiliumNodes, the pods' addresses (CiliumEndpoints, or Pods for pods that
 * have none), the BGP objects, and a count of every kind it does not read. Only the facts are kept,
 * never the objects' trees.
 */
public final class ClusterObjects implements ObjectSink {

    private final Findings findings;
    private final List<CiliumConfig> configs = new ArrayList<>();
    private final Map<String, NodeObject> nodes = new LinkedHashMap<>();
    private final Map<String, NodeObject> ciliumNodes = new LinkedHashMap<>();
    private final List<PodAddress> endpoints = new ArrayList<>();
    private final Set<String> endpointPods = new HashSet<>();
    private final List<PodAddress> pods = new ArrayList<>();
    private final BgpResources bgp = new BgpResources();
    private final Map<String, Integer> read = new TreeMap<>();
    private final Map<String, Integer> ignored = new TreeMap<>();
    private int hostNetworkPods;
    private int endedPods;
    private int withoutKind;

    public ClusterObjects(Findings findings) {
        this.findings = findings;
    }

    @Override
    public void object(KubeObject object) {
        for (KubeObject.DuplicateKey duplicate : object.duplicateKeys()) {
            findings.warning(object, duplicate.line(), "key '" + duplicate.key() + "' is written twice: the last value"
                    + " wins, as in Kubernetes (cilium/cilium#27756)");
        }
        if (object.kind().isEmpty()) {
            withoutKind++;
            return;
        }
        if (CiliumConfig.is(object)) {
            configs.add(CiliumConfig.of(object));
        } else if (NodeObject.isNode(object)) {
            nodes.put(object.name(), NodeObject.ofNode(object));
        } else if (NodeObject.isCiliumNode(object)) {
            ciliumNodes.put(object.name(), NodeObject.ofCiliumNode(object));
        } else if (PodAddress.isEndpoint(object)) {
            endpointPods.add(object.namespace() + "/" + object.name());
            endpoints.addAll(PodAddress.ofEndpoint(object));
        } else if (PodAddress.isPod(object)) {
            if (PodAddress.onHostNetwork(object)) {
                hostNetworkPods++;
            } else if (PodAddress.ended(object)) {
                endedPods++;
            } else {
                pods.addAll(PodAddress.ofPod(object));
            }
        } else if (!bgp.accept(object)) {
            ignored.merge(object.kind(), 1, Integer::sum);
            return;
        }
        read.merge(object.kind(), 1, Integer::sum);
    }

    @Override
    public void unreadable(Origin origin, String reason) {
        findings.error("", origin, reason);
    }

    @Override
    public void warning(Origin origin, String message) {
        findings.warning("", origin, message);
    }

    /** The cilium-config read last (a later dump is the newer one), if any; several give a warning. */
    public Optional<CiliumConfig> ciliumConfig() {
        if (configs.size() > 1) {
            CiliumConfig last = configs.get(configs.size() - 1);
            findings.warning(last.object().ref(), last.object().origin(), configs.size() + " cilium-config ConfigMaps were read:"
                    + " this one, read last, is used");
        }
        return configs.isEmpty() ? Optional.empty() : Optional.of(configs.get(configs.size() - 1));
    }

    public Map<String, NodeObject> nodes() {
        return nodes;
    }

    public Map<String, NodeObject> ciliumNodes() {
        return ciliumNodes;
    }

    /** Pod addresses: every CiliumEndpoint's, then those of Pods that have no CiliumEndpoint. */
    public List<PodAddress> podAddresses() {
        List<PodAddress> all = new ArrayList<>(endpoints);
        for (PodAddress pod : pods) {
            if (!endpointPods.contains(pod.qualifiedName())) {
                all.add(pod);
            }
        }
        return all;
    }

    public BgpResources bgp() {
        return bgp;
    }

    /** How many objects of each kind were read and used. */
    public Map<String, Integer> readKinds() {
        return read;
    }

    /** How many objects of each kind import does not read (Services, Deployments, ...). */
    public Map<String, Integer> ignoredKinds() {
        return ignored;
    }

    public int hostNetworkPods() {
        return hostNetworkPods;
    }

    public int endedPods() {
        return endedPods;
    }

    /** YAML documents or JSON values that are no Kubernetes object (no kind), e.g. helm values. */
    public int withoutKind() {
        return withoutKind;
    }
}
