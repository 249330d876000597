package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Topology;

/**
 * Level 1: pods of one node are twins when swapping them (names and addresses) is an
 * automorphism, i.e. no route prefix or next hop singles one of them out. Candidates are the pods
 * of a node that lie in the same configured prefixes (a route for half a PodCIDR splits them).
 */
final class PodLevel {

    private PodLevel() {
    }

    static Reduction reduce(AutomorphismCheck check) {
        Topology topology = check.topology();
        List<TwinClass> classes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (node.pods().size() < 3) {
                continue;
            }
            Map<Prefix, List<String>> groups = new LinkedHashMap<>();
            for (Pod pod : node.pods()) {
                groups.computeIfAbsent(check.index().innermostAncestor(MentionIndex.host(pod.address().bits())),
                        key -> new ArrayList<>()).add(pod.name());
            }
            for (List<String> pods : groups.values()) {
                if (pods.size() >= 3) {
                    classes.addAll(TwinClass.search(pods, (a, b) -> swap(topology, a, b), check));
                }
            }
        }
        return Reduction.keepTwoPerClass(classes, List::of);
    }

    private static Optional<Involution> swap(Topology topology, String a, String b) {
        Pod first = topology.pod(a).get();
        Pod second = topology.pod(b).get();
        return Optional.of(new Involution.Builder().pod(a, b)
                .addresses(RangePair.ofAddresses(first.address().bits(), second.address().bits())).build());
    }
}
