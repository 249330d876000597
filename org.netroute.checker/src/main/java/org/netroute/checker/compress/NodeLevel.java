package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Topology;

/**
 * Level 2: nodes of one segment are twins when swapping them (addresses, PodCIDRs, pods by
 * rank, firewalls, the routes naming them) is an automorphism. Candidates are the nodes of a
 * segment that share a refined colour and whose PodCIDRs lie in the same configured prefixes (a
 * pool CIDR's discard or summary route fixes the pool, so only nodes of one pool can swap), so
 * asymmetric nodes are rarely even compared.
 */
final class NodeLevel {

    private NodeLevel() {
    }

    static Reduction reduce(AutomorphismCheck check) {
        Topology topology = check.topology();
        Map<String, Integer> colours = ColourRefinement.colours(topology);
        Map<List<Object>, List<String>> groups = new LinkedHashMap<>();
        for (Node node : topology.nodes()) {
            groups.computeIfAbsent(List.of(colours.get(node.name()), node.segment(),
                    check.index().innermostAncestor(node.podCidr())), key -> new ArrayList<>()).add(node.name());
        }
        List<TwinClass> classes = new ArrayList<>();
        for (List<String> group : groups.values()) {
            if (group.size() >= 3) {
                classes.addAll(TwinClass.search(group, (a, b) -> swap(topology, a, b), check));
            }
        }
        return Reduction.keepTwoPerClass(classes, name -> elementsOf(topology, name));
    }

    static List<String> elementsOf(Topology topology, String nodeName) {
        List<String> elements = new ArrayList<>();
        elements.add(nodeName);
        topology.node(nodeName).get().pods().forEach(pod -> elements.add(pod.name()));
        return elements;
    }

    /** The swap of two nodes with their pods matched by rank; empty when their shapes differ. */
    static Optional<Involution> swap(Topology topology, String a, String b) {
        Node first = topology.node(a).get();
        Node second = topology.node(b).get();
        Involution.Builder builder = new Involution.Builder().device(a, b);
        if (!swapNode(first, second, topology.cilium().encryption() == Encryption.IPSEC, builder)) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    /**
     * Adds a node pair's names and addresses to {@code builder} (with IPsec their CiliumInternalIPs
     * too); false when they cannot correspond.
     */
    static boolean swapNode(Node first, Node second, boolean ipsec, Involution.Builder builder) {
        if (first.podCidr().length() != second.podCidr().length() || first.pods().size() != second.pods().size()) {
            return false;
        }
        builder.addresses(RangePair.ofAddresses(first.address().bits(), second.address().bits()))
                .addresses(RangePair.of(first.podCidr(), second.podCidr()));
        if (ipsec) {
            builder.addresses(RangePair.ofAddresses(first.ciliumInternalIp().bits(), second.ciliumInternalIp().bits()));
        }
        for (int p = 0; p < first.pods().size(); p++) {
            Pod pod = first.pods().get(p);
            Pod other = second.pods().get(p);
            builder.pod(pod.name(), other.name())
                    .addresses(RangePair.ofAddresses(pod.address().bits(), other.address().bits()));
        }
        return true;
    }
}
