package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;
import org.netroute.importer.cilium.PodAddress;

/**
 * Puts each pod address on its node: a CiliumEndpoint's by the node address it names, a Pod's by
 * its node name, and either by the PodCIDR that holds it when that fails. What cannot be placed
 * (no such node, an address outside the node's PodCIDR, an address or pod seen twice) is left out,
 * one warning per reason with the count and the first case, not one per pod.
 */
public final class PodPlacement {

    /** The first pod left out for a reason, and how many were. */
    private record LeftOut(PodAddress first, String reason, int count) {
    }

    private PodPlacement() {
    }

    /** The pods of each node (by node name), each list in namespace/name order. */
    public static Map<String, List<ImportedCluster.Pod>> place(List<NodeFacts> nodes, List<PodAddress> addresses,
            Findings findings) {
        Map<String, NodeFacts> byName = new HashMap<>();
        Map<Long, NodeFacts> byAddress = new HashMap<>();
        for (NodeFacts node : nodes) {
            byName.put(node.name(), node);
            byAddress.put(node.addressValue(), node);
        }
        List<NodeFacts> byPodCidr = new ArrayList<>(nodes);
        byPodCidr.sort(Comparator.comparingLong(node -> Ipv4Text.network(node.podCidrValue())));
        Map<String, List<ImportedCluster.Pod>> placed = new HashMap<>();
        Map<String, LeftOut> leftOut = new LinkedHashMap<>();
        Set<Long> taken = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (PodAddress pod : addresses) {
            long address = Ipv4Text.addressValue(pod.address());
            if (address == Ipv4Text.INVALID) {
                leave(leftOut, pod, "its address " + pod.address() + " is not an IPv4 address");
                continue;
            }
            Optional<NodeFacts> node = pod.nodeName().map(byName::get)
                    .or(() -> pod.nodeAddress().map(text -> byAddress.get(Ipv4Text.addressValue(text))))
                    .or(() -> holder(byPodCidr, address));
            if (node.isEmpty()) {
                leave(leftOut, pod, "its node (" + pod.nodeName().or(pod::nodeAddress).orElse("not named")
                        + ") is not imported and no imported PodCIDR holds " + pod.address());
                continue;
            }
            if (!Ipv4Text.contains(node.get().podCidrValue(), address)) {
                leave(leftOut, pod, "its address " + pod.address() + " is outside the PodCIDR " + node.get().podCidr()
                        + " of its node " + node.get().name());
                continue;
            }
            if (!seen.add(pod.qualifiedName())) {
                leave(leftOut, pod, "the pod has a second IPv4 address, " + pod.address() + " (NetRoute models one)");
                continue;
            }
            if (!taken.add(address)) {
                leave(leftOut, pod, "its address " + pod.address() + " was already imported for another pod");
                continue;
            }
            placed.computeIfAbsent(node.get().name(), name -> new ArrayList<>()).add(new ImportedCluster.Pod(
                    pod.namespace(), pod.name(), pod.address(), new ImportedCluster.Source(pod.object().ref(),
                            pod.object().at(pod.line()))));
        }
        Comparator<ImportedCluster.Pod> order = Comparator.comparing(ImportedCluster.Pod::namespace)
                .thenComparing(ImportedCluster.Pod::name);
        placed.values().forEach(list -> list.sort(order));
        leftOut.values().forEach(what -> findings.warning(what.first().object().ref(),
                what.first().object().at(what.first().line()), (what.count() == 1 ? "pod left out: "
                        : String.format(Locale.ROOT, "%,d pods left out, like this one: ", what.count())) + what.reason()));
        return placed;
    }

    /** The node whose PodCIDR holds the address (PodCIDRs do not overlap, so at most one). */
    private static Optional<NodeFacts> holder(List<NodeFacts> byPodCidr, long address) {
        int low = 0;
        int high = byPodCidr.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            NodeFacts node = byPodCidr.get(middle);
            long cidr = node.podCidrValue();
            if (Ipv4Text.contains(cidr, address)) {
                return Optional.of(node);
            }
            if (Ipv4Text.network(cidr) > address) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return Optional.empty();
    }

    /** Counts a pod left out; the reason's words are grouped without the pod's own address. */
    private static void leave(Map<String, LeftOut> leftOut, PodAddress pod, String reason) {
        String key = reason.replace(pod.address(), "ADDRESS");
        LeftOut earlier = leftOut.get(key);
        if (earlier == null) {
            leftOut.put(key, new LeftOut(pod, reason, 1));
        } else {
            leftOut.put(key, new LeftOut(earlier.first(), earlier.reason(), earlier.count() + 1));
        }
    }
}
