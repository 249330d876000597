package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;
import org.netroute.importer.source.ObjectRef;

/**
 * A pod's IPv4 address and the node it runs on, from a CiliumEndpoint (which names the node by its
 * address) or a Pod (which names it by name).
 *
 * @param nodeName    the node's name (Pods)
 * @param nodeAddress the node's InternalIP (CiliumEndpoints)
 */
public record PodAddress(ObjectRef object, String namespace, String name, String address, int line,
        Optional<String> nodeName, Optional<String> nodeAddress) {

    public static boolean isEndpoint(KubeObject object) {
        return object.kind().equals("CiliumEndpoint") && object.group().equals("cilium.io");
    }

    public static boolean isPod(KubeObject object) {
        return object.kind().equals("Pod") && object.group().isEmpty();
    }

    /** The IPv4 addresses of a CiliumEndpoint ({@code status.networking.addressing[].ipv4}). */
    public static List<PodAddress> ofEndpoint(KubeObject object) {
        KubeValue body = object.body();
        Optional<String> node = body.text("status", "networking", "node");
        List<PodAddress> addresses = new ArrayList<>();
        for (KubeValue pair : body.items("status", "networking", "addressing")) {
            pair.text("ipv4").ifPresent(ip -> addresses.add(new PodAddress(ObjectRef.of(object), object.namespace(), object.name(),
                    ip.trim(), pair.lineOf("ipv4"), Optional.empty(), node)));
        }
        return addresses;
    }

    /** The IPv4 addresses of a running Pod ({@code status.podIPs}, or the older {@code status.podIP}). */
    public static List<PodAddress> ofPod(KubeObject object) {
        KubeValue body = object.body();
        Optional<String> node = body.text("spec", "nodeName");
        List<PodAddress> addresses = new ArrayList<>();
        List<KubeValue> podIps = body.items("status", "podIPs");
        for (KubeValue podIp : podIps) {
            podIp.text("ip").filter(ip -> !Addresses.isIpv6(ip)).ifPresent(ip -> addresses.add(new PodAddress(ObjectRef.of(object),
                    object.namespace(), object.name(), ip.trim(), podIp.lineOf("ip"), node, Optional.empty())));
        }
        if (podIps.isEmpty()) {
            body.text("status", "podIP").filter(ip -> !Addresses.isIpv6(ip)).ifPresent(ip -> addresses.add(
                    new PodAddress(ObjectRef.of(object), object.namespace(), object.name(), ip.trim(), body.lineOf("status", "podIP"),
                            node, Optional.empty())));
        }
        return addresses;
    }

    /** Pods on the host's network have the node's address: Cilium makes no endpoint for them. */
    public static boolean onHostNetwork(KubeObject pod) {
        return pod.body().text("spec", "hostNetwork").filter("true"::equalsIgnoreCase).isPresent();
    }

    /** Pods that have ended have given their address back. */
    public static boolean ended(KubeObject pod) {
        return pod.body().text("status", "phase").filter(phase -> phase.equals("Succeeded") || phase.equals("Failed"))
                .isPresent();
    }

    /** {@code namespace/name}, the pod's identity in the cluster. */
    public String qualifiedName() {
        return namespace + "/" + name;
    }
}
