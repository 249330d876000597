package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Colour refinement (1-dimensional Weisfeiler-Leman) on the graph of segments, nodes and routers:
 * colours start from name-free facts (kinds, MTUs, prefix lengths, pod counts, rule lists, table
 * shapes) and are refined by the colours of neighbours until stable. Elements a symmetry can swap
 * always share a colour, so equal colours are the candidates the automorphism check then confirms;
 * a hash collision only merges candidates, it never merges verdicts.
 */
final class ColourRefinement {

    private static final int MAX_ROUNDS = 12;

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> vertex = new HashMap<>();
    private int[] from = new int[64];
    private int[] to = new int[64];
    private long[] label = new long[64];
    private int edges;

    private ColourRefinement() {
    }

    /** The stable colour of every segment, node and router, by name. */
    static Map<String, Integer> colours(Topology topology) {
        return new ColourRefinement().refine(topology);
    }

    private Map<String, Integer> refine(Topology topology) {
        Map<String, List<String>> rules = new HashMap<>();
        for (Firewall firewall : topology.firewalls()) {
            firewall.rules().forEach(rule -> rules.computeIfAbsent(firewall.device(), d -> new ArrayList<>())
                    .add(rule.toString()));
        }
        List<Object> initial = new ArrayList<>();
        for (Segment segment : topology.segments()) {
            add(segment.name());
            initial.add(List.of("segment", segment.cidr().length(), segment.mtu(), segment.gateway().isPresent()));
        }
        for (Node node : topology.nodes()) {
            add(node.name());
            initial.add(List.of("node", node.podCidr().length(), node.pods().size(),
                    rules.getOrDefault(node.name(), List.of())));
        }
        Set<String> everyNodePeers = new HashSet<>();
        topology.bgpPeers().stream().filter(peer -> peer.nodes().isEmpty()).forEach(peer -> everyNodePeers.add(peer.router()));
        for (Router router : topology.routers()) {
            add(router.name());
            List<String> shape = router.routes().stream()
                    .map(route -> route.destination().length() + (route.drop() ? "drop" : "via")).sorted().toList();
            initial.add(List.of("router", router.interfaces().size(), everyNodePeers.contains(router.name()),
                    rules.getOrDefault(router.name(), List.of()), shape));
        }
        connect(topology);
        int[] colour = new int[names.size()];
        Map<Object, Integer> ids = new HashMap<>();
        for (int v = 0; v < colour.length; v++) {
            colour[v] = ids.computeIfAbsent(initial.get(v), key -> ids.size());
        }
        int classes = ids.size();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long[] hash = new long[colour.length];
            for (int v = 0; v < colour.length; v++) {
                hash[v] = mix(colour[v]);
            }
            for (int e = 0; e < edges; e++) {
                hash[from[e]] += mix(label[e] * 0x100000001B3L + colour[to[e]]);
            }
            Map<Long, Integer> refined = new HashMap<>();
            int[] next = new int[colour.length];
            for (int v = 0; v < colour.length; v++) {
                next[v] = refined.computeIfAbsent(hash[v], key -> refined.size());
            }
            colour = next;
            if (refined.size() == classes) {
                break;
            }
            classes = refined.size();
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int v = 0; v < colour.length; v++) {
            byName.put(names.get(v), colour[v]);
        }
        return byName;
    }

    private void add(String name) {
        vertex.put(name, names.size());
        names.add(name);
    }

    private void connect(Topology topology) {
        Map<Long, String> owners = new HashMap<>();
        Map<Long, String> podCidrs = new HashMap<>();
        Map<Long, String> segmentCidrs = new HashMap<>();
        TreeSet<Integer> podLengths = new TreeSet<>();
        TreeSet<Integer> segmentLengths = new TreeSet<>();
        for (Segment segment : topology.segments()) {
            segmentCidrs.put(HashKeys.of(segment.cidr()), segment.name());
            segmentLengths.add(segment.cidr().length());
        }
        for (Node node : topology.nodes()) {
            owners.put(HashKeys.ofAddress(node.address().bits()), node.name());
            podCidrs.put(HashKeys.of(node.podCidr()), node.name());
            podLengths.add(node.podCidr().length());
            link(node.name(), node.segment(), 1);
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                owners.put(HashKeys.ofAddress(anInterface.address().bits()), router.name());
                link(router.name(), anInterface.segment(), 2);
            }
        }
        for (Segment segment : topology.segments()) {
            segment.gateway().map(gateway -> owners.get(HashKeys.ofAddress(gateway.bits())))
                    .ifPresent(owner -> link(segment.name(), owner, 3));
        }
        for (Router router : topology.routers()) {
            for (Route route : router.routes()) {
                long shape = 16 + route.destination().length() * 2L + (route.drop() ? 1 : 0);
                route.nextHop().map(hop -> owners.get(HashKeys.ofAddress(hop.bits())))
                        .ifPresent(owner -> link(router.name(), owner, shape * 8 + 4));
                String named = within(route.destination(), podCidrs, podLengths);
                if (named == null) {
                    named = within(route.destination(), segmentCidrs, segmentLengths);
                }
                if (named == null && route.destination().length() == 32) {
                    named = owners.get(HashKeys.ofAddress(route.destination().network()));
                }
                if (named != null) {
                    link(router.name(), named, shape * 8 + 5);
                }
            }
        }
        for (BgpPeer peer : topology.bgpPeers()) {
            peer.nodes().ifPresent(nodes -> nodes.forEach(node -> link(peer.router(), node, 6)));
        }
    }

    private static String within(Prefix prefix, Map<Long, String> cidrs, TreeSet<Integer> lengths) {
        for (int length : lengths) {
            if (length > prefix.length()) {
                break;
            }
            String owner = cidrs.get(HashKeys.of(new Prefix(prefix.network(), length)));
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    /** An undirected edge whose two directions carry distinct labels. */
    private void link(String a, String b, long kind) {
        Integer u = vertex.get(a);
        Integer v = vertex.get(b);
        if (u == null || v == null) {
            return;
        }
        directed(u, v, kind * 2);
        directed(v, u, kind * 2 + 1);
    }

    private void directed(int u, int v, long kind) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
            label = Arrays.copyOf(label, edges * 2);
        }
        from[edges] = u;
        to[edges] = v;
        label[edges] = kind;
        edges++;
    }

    private static long mix(long value) {
        return HashKeys.mix(value);
    }
}
