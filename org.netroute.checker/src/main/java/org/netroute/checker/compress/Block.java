package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Topology;

/**
 * A part of the cluster hanging below one segment (a rack): the segment, the devices attached
 * only to it, and what hangs below those, up to the shared devices (hubs) that several such parts
 * reach. Members are listed segments, nodes, routers, each with its distance from the seed.
 *
 * @param seed    the segment the block grew from (its name identifies the block)
 * @param members every segment, node and router of the block with its distance from the seed
 */
record Block(String seed, Map<String, Integer> members) {

    Block {
        members = Map.copyOf(members);
    }

    /**
     * The blocks grown, breadth first and in lock step, from each seed segment. A device or segment
     * reached from two seeds in the same step is a hub: it belongs to no block and stops the growth,
     * so every edge between two blocks passes through a hub.
     */
    static List<Block> grow(Topology topology, List<String> seeds) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (Node node : topology.nodes()) {
            link(adjacent, node.name(), node.segment());
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                link(adjacent, router.name(), anInterface.segment());
            }
        }
        final int hub = -1;
        Map<String, Integer> label = new HashMap<>();
        Map<String, Integer> distance = new HashMap<>();
        List<String> frontier = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            label.put(seeds.get(i), i);
            distance.put(seeds.get(i), 0);
            frontier.add(seeds.get(i));
        }
        for (int step = 1; !frontier.isEmpty(); step++) {
            Map<String, Integer> proposals = new LinkedHashMap<>();
            for (String vertex : frontier) {
                int mine = label.get(vertex);
                for (String next : adjacent.getOrDefault(vertex, List.of())) {
                    if (!label.containsKey(next)) {
                        proposals.merge(next, mine, (a, b) -> a.equals(b) ? a : hub);
                    }
                }
            }
            frontier = new ArrayList<>();
            for (Map.Entry<String, Integer> proposal : proposals.entrySet()) {
                label.put(proposal.getKey(), proposal.getValue());
                distance.put(proposal.getKey(), step);
                if (proposal.getValue() != hub) {
                    frontier.add(proposal.getKey());
                }
            }
        }
        List<Map<String, Integer>> members = new ArrayList<>();
        seeds.forEach(seed -> members.add(new HashMap<>()));
        label.forEach((vertex, block) -> {
            if (block != hub) {
                members.get(block).put(vertex, distance.get(vertex));
            }
        });
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            blocks.add(new Block(seeds.get(i), members.get(i)));
        }
        return blocks;
    }

    private static void link(Map<String, List<String>> adjacent, String device, String segment) {
        List<String> segments = adjacent.computeIfAbsent(device, d -> new ArrayList<>());
        if (!segments.contains(segment)) {
            segments.add(segment);
            adjacent.computeIfAbsent(segment, s -> new ArrayList<>()).add(device);
        }
    }
}
