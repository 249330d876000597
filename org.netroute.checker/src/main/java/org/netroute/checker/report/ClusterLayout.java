package org.netroute.checker.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Lays a cluster out with Eclipse ELK's layered (Sugiyama) algorithm: devices and segments are the
 * vertices, attachments the edges, oriented away from the device a packet starts at, so a path
 * reads left to right. Node boxes are two lines high, so 50 nodes still fit a scrolling page; of a
 * larger cluster it lays out what a {@link ClusterExcerpt} keeps, folds as boxes of their own.
 */
public final class ClusterLayout {

    /** Room per character of a box's name and of a bold line (12 px DejaVu Sans). */
    private static final double CHARACTER_WIDTH = 7.2;
    /** Room per character of a box's other lines (11 px). */
    private static final double SMALL_CHARACTER_WIDTH = 6.2;
    private static final double LINE_HEIGHT = 15;
    private static final double PADDING = 8;
    /** Vertical room per wire on a segment's side, so wires of a busy segment stay apart. */
    private static final double WIRE_PITCH = 9;

    /** The whole cluster laid out (see {@link #layOut(Topology, ClusterExcerpt, String, Set, Map)}). */
    public Diagram layOut(Topology topology, String start, Set<String> shownPods, Map<String, String> notes) {
        return layOut(topology, ClusterExcerpt.whole(topology), start, shownPods, notes);
    }

    /**
     * @param excerpt   what of the cluster to draw: its devices and segments, and folds for the rest
     * @param start     the device the counterexample starts at (leftmost); any name lays out from the first node
     * @param shownPods pods whose name and address the picture writes into their node's box
     * @param notes     a last line to write into a device's box (the failing hop), by device name
     */
    public Diagram layOut(Topology topology, ClusterExcerpt excerpt, String start, Set<String> shownPods,
            Map<String, String> notes) {
        List<Attachment> links = attachments(topology, excerpt);
        Map<String, Integer> attachments = new HashMap<>();
        links.forEach(link -> {
            attachments.merge(link.segment(), 1, Integer::sum);
            attachments.merge(link.device(), 1, Integer::sum);
        });

        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(24));

        Map<String, ElkNode> vertices = new LinkedHashMap<>();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        Map<String, Diagram.Kind> kinds = new HashMap<>();
        for (Segment segment : topology.segments()) {
            if (excerpt.segments().contains(segment.name())) {
                List<String> text = List.of(segment.name(), segment.cidr() + " · MTU " + segment.mtu());
                String key = segmentKey(segment.name());
                add(graph, vertices, lines, key, text, attachments.getOrDefault(key, 0) * WIRE_PITCH);
                kinds.put(key, Diagram.Kind.SEGMENT);
            }
        }
        for (Router router : topology.routers()) {
            if (excerpt.devices().contains(router.name())) {
                List<String> text = new ArrayList<>(List.of(router.name(),
                        "router · " + router.interfaces().size() + " interfaces"));
                Optional.ofNullable(notes.get(router.name())).ifPresent(text::add);
                String key = deviceKey(router.name());
                add(graph, vertices, lines, key, text, 0);
                kinds.put(key, Diagram.Kind.ROUTER);
            }
        }
        for (Node node : topology.nodes()) {
            if (excerpt.devices().contains(node.name())) {
                List<String> text = new ArrayList<>(List.of(node.name(), node.address() + " · pods " + node.podCidr()));
                for (Pod pod : node.pods()) {
                    if (shownPods.contains(pod.name())) {
                        text.add("pod " + pod.name() + " " + pod.address());
                    }
                }
                Optional.ofNullable(notes.get(node.name())).ifPresent(text::add);
                add(graph, vertices, lines, deviceKey(node.name()), text, 0);
                kinds.put(deviceKey(node.name()), Diagram.Kind.NODE);
            }
        }
        for (ClusterExcerpt.Fold fold : excerpt.folds()) {
            String key = foldKey(fold.name());
            add(graph, vertices, lines, key, fold.lines(), attachments.getOrDefault(key, 0) * WIRE_PITCH);
            kinds.put(key, Diagram.Kind.FOLD);
        }

        Map<String, Integer> distance = distances(vertices.keySet(), links, deviceKey(start));
        Map<Attachment, ElkEdge> edges = new LinkedHashMap<>();
        for (Attachment link : links) {
            ElkNode device = vertices.get(link.device());
            ElkNode segment = vertices.get(link.segment());
            boolean outward = distance.get(link.device()) <= distance.get(link.segment());
            edges.put(link, outward ? ElkGraphUtil.createSimpleEdge(device, segment)
                    : ElkGraphUtil.createSimpleEdge(segment, device));
        }

        ensureLayeredAlgorithmKnown();
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Diagram.Box> boxes = new ArrayList<>();
        vertices.forEach((key, vertex) -> boxes.add(new Diagram.Box(kinds.get(key), key.substring(2),
                vertex.getX(), vertex.getY(), vertex.getWidth(), vertex.getHeight(), lines.get(key))));
        List<Diagram.Wire> wires = new ArrayList<>();
        edges.forEach((link, edge) -> wires.add(new Diagram.Wire(link.device().substring(2), link.segment().substring(2),
                points(edge, edge.getSources().get(0) == vertices.get(link.device())))));
        return new Diagram(graph.getWidth(), graph.getHeight(), boxes, wires);
    }

    /**
     * One device's interface on one segment, by vertex key: an edge of the picture. A fold is the
     * device end when it hangs off a drawn segment and the segment end when a drawn router leads into it.
     */
    private record Attachment(String device, String segment) {
    }

    /**
     * The drawn routers' attachments to drawn segments once each (a set: a list's contains made a
     * router with thousands of interfaces quadratic), then the drawn nodes', then the folds'.
     */
    private static List<Attachment> attachments(Topology topology, ClusterExcerpt excerpt) {
        Set<Attachment> routerLinks = new LinkedHashSet<>();
        for (Router router : topology.routers()) {
            if (excerpt.devices().contains(router.name())) {
                for (Interface attached : router.interfaces()) {
                    if (excerpt.segments().contains(attached.segment())) {
                        routerLinks.add(new Attachment(deviceKey(router.name()), segmentKey(attached.segment())));
                    }
                }
            }
        }
        List<Attachment> links = new ArrayList<>(routerLinks);
        for (Node node : topology.nodes()) {
            if (excerpt.devices().contains(node.name())) {
                links.add(new Attachment(deviceKey(node.name()), segmentKey(node.segment())));
            }
        }
        for (ClusterExcerpt.Fold fold : excerpt.folds()) {
            fold.segments().stream().sorted()
                    .forEach(segment -> links.add(new Attachment(foldKey(fold.name()), segmentKey(segment))));
            fold.routers().stream().sorted()
                    .forEach(router -> links.add(new Attachment(deviceKey(router), foldKey(fold.name()))));
        }
        return links;
    }

    /** Breadth-first hop counts from the start device; parts not connected to it start afresh, in box order. */
    private static Map<String, Integer> distances(Set<String> vertices, List<Attachment> links, String start) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Attachment link : links) {
            neighbours.computeIfAbsent(link.device(), key -> new ArrayList<>()).add(link.segment());
            neighbours.computeIfAbsent(link.segment(), key -> new ArrayList<>()).add(link.device());
        }
        List<String> order = new ArrayList<>();
        order.add(start);
        order.addAll(vertices);
        Map<String, Integer> distance = new HashMap<>();
        for (String root : order) {
            if (distance.containsKey(root) || !vertices.contains(root)) {
                continue;
            }
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            distance.put(root, 0);
            while (!queue.isEmpty()) {
                String vertex = queue.removeFirst();
                for (String next : neighbours.getOrDefault(vertex, List.of())) {
                    if (!distance.containsKey(next)) {
                        distance.put(next, distance.get(vertex) + 1);
                        queue.addLast(next);
                    }
                }
            }
        }
        return distance;
    }

    private static void add(ElkNode graph, Map<String, ElkNode> vertices, Map<String, List<String>> lines, String key,
            List<String> text, double minimumHeight) {
        ElkNode vertex = ElkGraphUtil.createNode(graph);
        double widest = 4 * CHARACTER_WIDTH;
        for (int line = 0; line < text.size(); line++) {
            String words = text.get(line);
            boolean bold = line == 0 || words.startsWith(SvgPicture.FAILURE_MARK)
                    || words.startsWith(SvgPicture.ENCRYPTION_MARK);
            widest = Math.max(widest, words.length() * (bold ? CHARACTER_WIDTH : SMALL_CHARACTER_WIDTH));
        }
        vertex.setDimensions(widest + 2 * PADDING,
                Math.max(text.size() * LINE_HEIGHT + PADDING, minimumHeight));
        vertices.put(key, vertex);
        lines.put(key, text);
    }

    private static List<Diagram.Point> points(ElkEdge edge, boolean fromDevice) {
        List<Diagram.Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Diagram.Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Diagram.Point(bend.getX(), bend.getY()));
            }
            points.add(new Diagram.Point(section.getEndX(), section.getEndY()));
        }
        if (!fromDevice) {
            Collections.reverse(points);
        }
        return points;
    }

    private static String segmentKey(String name) {
        return "s:" + name;
    }

    private static String deviceKey(String name) {
        return "d:" + name;
    }

    private static String foldKey(String name) {
        return "f:" + name;
    }

    /**
     * Outside OSGi ELK finds its layered algorithm through java.util.ServiceLoader; inside Eclipse
     * org.eclipse.elk.core cannot see that service file, so the algorithm is registered here.
     */
    private static void ensureLayeredAlgorithmKnown() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        synchronized (service) {
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }
    }
}
