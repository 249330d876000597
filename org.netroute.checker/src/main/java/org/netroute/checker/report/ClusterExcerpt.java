package org.netroute.checker.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Hop;

/**
 * What of a cluster a counterexample's picture draws: every device and segment the failing path
 * touches, in full, and the rest folded into a few labelled boxes ("4,900 other nodes on 98 other
 * segments"), so that the picture of a 5,000-node cluster is one screen about the path rather than
 * two hundred screens about the cluster. A cluster of at most {@link #WHOLE_CLUSTER_LIMIT} boxes
 * (nodes, routers and segments together) is drawn whole.
 *
 * @param devices  the nodes and routers drawn as boxes of their own
 * @param segments the segments drawn as boxes of their own
 * @param folds    the boxes that stand for everything else
 */
public record ClusterExcerpt(Set<String> devices, Set<String> segments, List<Fold> folds) {

    /** The largest cluster (nodes + routers + segments) that a picture draws whole. */
    public static final int WHOLE_CLUSTER_LIMIT = 80;

    /** Names listed in a fold's box before "…" and the last one. */
    private static final int NAMES_LISTED = 3;

    public ClusterExcerpt {
        devices = Set.copyOf(devices);
        segments = Set.copyOf(segments);
        folds = List.copyOf(folds);
    }

    /**
     * Devices and segments left out of the picture that hang off the same drawn boxes, drawn as one
     * box wired to those.
     *
     * @param name     the box's name, which no device or segment can have (it has a space)
     * @param lines    what the box says: how many of what, and the first and last names
     * @param segments the drawn segments that folded devices are attached to
     * @param routers  the drawn routers that have interfaces on folded segments
     * @param nodes    how many nodes the box stands for
     */
    public record Fold(String name, List<String> lines, Set<String> segments, Set<String> routers, int nodes) {

        public Fold {
            lines = List.copyOf(lines);
            segments = Set.copyOf(segments);
            routers = Set.copyOf(routers);
        }
    }

    /** Whether the picture leaves nothing out. */
    public boolean isWhole() {
        return folds.isEmpty();
    }

    /** The whole cluster, nothing folded. */
    public static ClusterExcerpt whole(Topology topology) {
        Set<String> devices = new LinkedHashSet<>();
        topology.nodes().forEach(node -> devices.add(node.name()));
        topology.routers().forEach(router -> devices.add(router.name()));
        Set<String> segments = new LinkedHashSet<>();
        topology.segments().forEach(segment -> segments.add(segment.name()));
        return new ClusterExcerpt(devices, segments, List.of());
    }

    /**
     * The picture of a counterexample: the whole cluster when it is small, otherwise the devices and
     * segments of its hops, the node it starts at, the node it was meant for when that node's
     * segment is drawn anyway (else the fold holding it names it), and the segment of every drawn node.
     */
    public static ClusterExcerpt of(Topology topology, Counterexample counterexample, FailingPath path) {
        int boxes = topology.nodes().size() + topology.routers().size() + topology.segments().size();
        if (boxes <= WHOLE_CLUSTER_LIMIT) {
            return whole(topology);
        }
        Set<String> devices = new LinkedHashSet<>();
        Set<String> segments = new LinkedHashSet<>();
        endDevice(topology, counterexample.from()).ifPresent(devices::add);
        for (Hop hop : counterexample.hops()) {
            devices.add(hop.device());
            hop.segment().ifPresent(segments::add);
        }
        for (FailingPath.Move move : path.moves()) {
            devices.add(move.from());
            devices.add(move.to());
            segments.add(move.segment());
        }
        devices.add(path.failingDevice());
        path.failingSegment().ifPresent(segments::add);
        Optional<String> destination = endDevice(topology, counterexample.to());
        boolean destinationBeside = destination.flatMap(topology::node).map(node -> segments.contains(node.segment()))
                .orElse(destination.isPresent());
        if (destinationBeside) {
            devices.add(destination.get());
        }
        return around(topology, devices, segments, destinationBeside ? Optional.empty() : destination);
    }

    /**
     * The given devices and segments (names the cluster does not have are left out), the segment of
     * every given node, and the rest folded: its connected parts, grouped by the drawn boxes they
     * hang off, one fold per group.
     */
    public static ClusterExcerpt around(Topology topology, Set<String> devices, Set<String> segments) {
        return around(topology, devices, segments, Optional.empty());
    }

    /** As {@link #around(Topology, Set, Set)}, the fold that holds the destination node saying so. */
    private static ClusterExcerpt around(Topology topology, Set<String> devices, Set<String> segments,
            Optional<String> destination) {
        Set<String> drawnDevices = new LinkedHashSet<>();
        Set<String> drawnSegments = new LinkedHashSet<>();
        for (String device : devices) {
            topology.node(device).ifPresent(node -> {
                drawnDevices.add(device);
                drawnSegments.add(node.segment());
            });
            topology.router(device).ifPresent(router -> drawnDevices.add(device));
        }
        for (Segment segment : topology.segments()) {
            if (segments.contains(segment.name())) {
                drawnSegments.add(segment.name());
            }
        }
        return new ClusterExcerpt(drawnDevices, drawnSegments,
                folds(topology, drawnDevices, drawnSegments, destination.filter(name -> !drawnDevices.contains(name))));
    }

    /** The node an end of the counterexample is (a pod's node), or the device it names. */
    private static Optional<String> endDevice(Topology topology, String end) {
        return topology.pod(end).map(Pod::node)
                .or(() -> topology.node(end).map(Node::name))
                .or(() -> topology.router(end).map(Router::name));
    }

    /** What the rest of the cluster is made of, part by part. */
    private static final class Part {
        final List<String> nodes = new ArrayList<>();
        final List<String> routers = new ArrayList<>();
        final List<String> segments = new ArrayList<>();
        final Set<String> drawnSegments = new LinkedHashSet<>();
        final Set<String> drawnRouters = new LinkedHashSet<>();
        int pods;

        void add(Part other) {
            nodes.addAll(other.nodes);
            routers.addAll(other.routers);
            segments.addAll(other.segments);
            pods += other.pods;
        }
    }

    private static List<Fold> folds(Topology topology, Set<String> drawnDevices, Set<String> drawnSegments,
            Optional<String> destination) {
        // the cluster's graph: device and segment vertices ("d:", "s:"), an edge per attachment
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Node node : topology.nodes()) {
            connect(neighbours, "d:" + node.name(), "s:" + node.segment());
        }
        for (Router router : topology.routers()) {
            for (Interface attached : router.interfaces()) {
                connect(neighbours, "d:" + router.name(), "s:" + attached.segment());
            }
        }
        Map<String, Integer> podsOf = new HashMap<>();
        topology.nodes().forEach(node -> podsOf.put(node.name(), node.pods().size()));
        List<String> order = new ArrayList<>();
        topology.segments().forEach(segment -> order.add("s:" + segment.name()));
        topology.nodes().forEach(node -> order.add("d:" + node.name()));
        topology.routers().forEach(router -> order.add("d:" + router.name()));

        // connected parts of what is not drawn, grouped by the drawn boxes they touch, in file order
        Set<String> seen = new LinkedHashSet<>();
        Map<List<Set<String>>, Part> groups = new LinkedHashMap<>();
        for (String root : order) {
            if (drawn(root, drawnDevices, drawnSegments) || !seen.add(root)) {
                continue;
            }
            Part part = new Part();
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                String vertex = queue.removeFirst();
                String name = vertex.substring(2);
                if (vertex.startsWith("s:")) {
                    part.segments.add(name);
                } else if (topology.router(name).isPresent()) {
                    part.routers.add(name);
                } else {
                    part.nodes.add(name);
                    part.pods += podsOf.getOrDefault(name, 0);
                }
                for (String next : neighbours.getOrDefault(vertex, List.of())) {
                    if (drawn(next, drawnDevices, drawnSegments)) {
                        (next.startsWith("s:") ? part.drawnSegments : part.drawnRouters).add(next.substring(2));
                    } else if (seen.add(next)) {
                        queue.addLast(next);
                    }
                }
            }
            groups.computeIfAbsent(List.of(part.drawnSegments, part.drawnRouters), key -> {
                Part group = new Part();
                group.drawnSegments.addAll(part.drawnSegments);
                group.drawnRouters.addAll(part.drawnRouters);
                return group;
            }).add(part);
        }
        List<Fold> folds = new ArrayList<>();
        for (Part group : groups.values()) {
            List<String> lines = lines(group);
            destination.filter(group.nodes::contains)
                    .ifPresent(name -> lines.add(1, "with " + name + ", the destination"));
            folds.add(new Fold("folded " + (folds.size() + 1), lines, group.drawnSegments, group.drawnRouters,
                    group.nodes.size()));
        }
        return folds;
    }

    private static void connect(Map<String, List<String>> neighbours, String device, String segment) {
        neighbours.computeIfAbsent(device, key -> new ArrayList<>()).add(segment);
        neighbours.computeIfAbsent(segment, key -> new ArrayList<>()).add(device);
    }

    private static boolean drawn(String vertex, Set<String> drawnDevices, Set<String> drawnSegments) {
        return vertex.startsWith("s:") ? drawnSegments.contains(vertex.substring(2))
                : drawnDevices.contains(vertex.substring(2));
    }

    /**
     * "4,900 other nodes", "on 98 other segments:", "rack1, rack2, rack4, … rack99", "49 other routers:",
     * "tor1, …", "147,000 pods"; or "49 other nodes on rack0", "r0n1, r0n2, r0n3, … r0n49", "1,470 pods".
     * Short lines, so that a fold is no wider than a node.
     */
    private static List<String> lines(Part group) {
        List<String> lines = new ArrayList<>();
        String on = group.drawnSegments.isEmpty() ? "" : " on " + String.join(", ", group.drawnSegments);
        if (group.segments.isEmpty()) {
            if (!group.nodes.isEmpty()) {
                lines.add(count(group.nodes.size(), "other node") + on);
                lines.add(names(group.nodes));
            }
            if (!group.routers.isEmpty()) {
                lines.add(count(group.routers.size(), "other router") + (group.nodes.isEmpty() ? on : "") + ":");
                lines.add(names(group.routers));
            }
        } else {
            if (!group.nodes.isEmpty()) {
                lines.add(count(group.nodes.size(), "other node"));
            }
            lines.add((group.nodes.isEmpty() ? "" : "on ") + count(group.segments.size(), "other segment") + ":");
            lines.add(names(group.segments));
            if (!group.routers.isEmpty()) {
                lines.add(count(group.routers.size(), "other router") + ":");
                lines.add(names(group.routers));
            }
        }
        if (group.pods > 0) {
            lines.add(count(group.pods, "pod"));
        }
        return lines;
    }

    /** "1 router", "4,900 nodes". */
    static String count(int count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    private static String names(List<String> names) {
        if (names.size() <= NAMES_LISTED + 1) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_LISTED)) + ", \u2026 " + names.get(names.size() - 1);
    }
}
