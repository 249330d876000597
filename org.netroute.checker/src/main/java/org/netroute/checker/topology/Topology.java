package org.netroute.checker.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.netroute.checker.policy.Policies;

/**
 * One cluster's network, resolved and parsed: the single, engine-neutral input of every engine.
 * Immutable; lists keep file order, names are unique per kind (the DSL validates that).
 */
public final class Topology {

    private final String name;
    private final SourceLocation location;
    private final Cilium cilium;
    private final List<Segment> segments;
    private final List<Node> nodes;
    private final List<Router> routers;
    private final List<Firewall> firewalls;
    private final List<BgpPeer> bgpPeers;
    private final Map<String, Segment> segmentsByName;
    private final Map<String, Node> nodesByName;
    private final Map<String, Router> routersByName;
    private final Map<String, Pod> podsByName;
    private final List<Pod> pods;
    private final Policies policies;

    /**
     * A cluster without policy configuration (no labels, no policies, enforcement mode default).
     *
     * @throws IllegalArgumentException when a name refers to nothing or a name is declared twice
     */
    public Topology(String name, SourceLocation location, Cilium cilium, List<Segment> segments, List<Node> nodes,
            List<Router> routers, List<Firewall> firewalls, List<BgpPeer> bgpPeers) {
        this(name, location, cilium, segments, nodes, routers, firewalls, bgpPeers, Policies.NONE);
    }

    /**
     * @param policies the pods' identities, the policies and the enforcement mode
     * @throws IllegalArgumentException when a name refers to nothing or a name is declared twice
     */
    public Topology(String name, SourceLocation location, Cilium cilium, List<Segment> segments, List<Node> nodes,
            List<Router> routers, List<Firewall> firewalls, List<BgpPeer> bgpPeers, Policies policies) {
        this.policies = policies;
        this.name = name;
        this.location = location;
        this.cilium = cilium;
        this.segments = List.copyOf(segments);
        this.nodes = List.copyOf(nodes);
        this.routers = List.copyOf(routers);
        this.firewalls = List.copyOf(firewalls);
        this.bgpPeers = List.copyOf(bgpPeers);
        this.segmentsByName = index(this.segments, Segment::name, "segment");
        this.nodesByName = index(this.nodes, Node::name, "node");
        this.routersByName = index(this.routers, Router::name, "router");
        List<Pod> allPods = new ArrayList<>();
        this.nodes.forEach(node -> allPods.addAll(node.pods()));
        this.pods = List.copyOf(allPods);
        this.podsByName = index(this.pods, Pod::name, "pod");
        for (Node node : this.nodes) {
            requireSegment(node.segment(), "node " + node.name());
        }
        for (Router router : this.routers) {
            router.interfaces().forEach(i -> requireSegment(i.segment(), "router " + router.name()));
        }
        for (Firewall firewall : this.firewalls) {
            if (!nodesByName.containsKey(firewall.device()) && !routersByName.containsKey(firewall.device())) {
                throw new IllegalArgumentException("firewall " + firewall.name() + " is at unknown device " + firewall.device());
            }
        }
        for (String pod : policies.identities().keySet()) {
            if (!podsByName.containsKey(pod)) {
                throw new IllegalArgumentException("identity of unknown pod " + pod);
            }
        }
        for (BgpPeer peer : this.bgpPeers) {
            if (!routersByName.containsKey(peer.router())) {
                throw new IllegalArgumentException("bgp peer " + peer.router() + " is not a router");
            }
            for (String node : peer.nodes().orElse(List.of())) {
                if (!nodesByName.containsKey(node)) {
                    throw new IllegalArgumentException("bgp peer " + peer.router() + " names unknown node " + node);
                }
            }
        }
    }

    /** The identities, policies and enforcement mode (docs/SEMANTICS.md, "Policy"). */
    public Policies policies() {
        return policies;
    }

    /** Every firewall rule of the cluster, in file order. */
    public List<Rule> firewallRules() {
        return firewalls.stream().flatMap(firewall -> firewall.rules().stream()).toList();
    }

    private void requireSegment(String segment, String user) {
        if (!segmentsByName.containsKey(segment)) {
            throw new IllegalArgumentException(user + " is on unknown segment " + segment);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key, String kind) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T item : items) {
            if (byName.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " " + key.apply(item));
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    /** The cluster's name. */
    public String name() {
        return name;
    }

    /** Where the cluster is declared. */
    public SourceLocation location() {
        return location;
    }

    public Cilium cilium() {
        return cilium;
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Router> routers() {
        return routers;
    }

    public List<Firewall> firewalls() {
        return firewalls;
    }

    public List<BgpPeer> bgpPeers() {
        return bgpPeers;
    }

    /** Every pod of every node, in file order. */
    public List<Pod> pods() {
        return pods;
    }

    public Segment segment(String segmentName) {
        return segmentsByName.get(segmentName);
    }

    public Optional<Node> node(String nodeName) {
        return Optional.ofNullable(nodesByName.get(nodeName));
    }

    public Optional<Router> router(String routerName) {
        return Optional.ofNullable(routersByName.get(routerName));
    }

    public Optional<Pod> pod(String podName) {
        return Optional.ofNullable(podsByName.get(podName));
    }

    /** The segment a node's address is on. */
    public Segment segmentOf(Node node) {
        return segmentsByName.get(node.segment());
    }

    /** Whether a BGP peering names this router (nodes advertise their PodCIDRs to it). */
    public boolean isBgpPeer(String routerName) {
        return bgpPeers.stream().anyMatch(peer -> peer.router().equals(routerName));
    }

    /** The firewalls at a device, in file order (their rules are evaluated as one list). */
    public List<Firewall> firewallsAt(String deviceName) {
        return firewalls.stream().filter(f -> f.device().equals(deviceName)).toList();
    }

    /** The pod MTU Cilium computes for this node. */
    public int podMtu(Node node) {
        return PodMtu.of(cilium, segmentOf(node));
    }

    @Override
    public String toString() {
        return "cluster " + name + " (" + count(nodes.size(), "node") + ", " + count(routers.size(), "router") + ", "
                + cilium.mode().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
