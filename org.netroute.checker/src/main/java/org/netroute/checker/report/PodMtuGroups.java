package org.netroute.checker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netroute.checker.verify.NodeMtu;

/**
 * A cluster's pod MTUs in a few words, grouped by value: a 5,000-node cluster reads
 * "4,998 nodes: 1450; worker-17, worker-18: 8950" instead of 5,000 lines. Small groups keep
 * their node names, so an odd node stands out.
 */
public final class PodMtuGroups {

    /** Groups of at most this many nodes are listed by name. */
    private static final int NAMED = 3;

    private PodMtuGroups() {
    }

    public static String words(List<NodeMtu> nodes) {
        Map<Integer, List<String>> byMtu = new LinkedHashMap<>();
        for (NodeMtu node : nodes) {
            byMtu.computeIfAbsent(node.podMtu(), mtu -> new ArrayList<>()).add(node.node());
        }
        List<String> groups = new ArrayList<>();
        byMtu.forEach((mtu, names) -> groups.add((names.size() <= NAMED ? String.join(", ", names)
                : String.format(Locale.ROOT, "%,d nodes", names.size())) + ": " + mtu));
        return groups.isEmpty() ? "no nodes" : String.join("; ", groups);
    }
}
