package org.netroute.tests.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.RoutingMode;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.RuleAction;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TunnelProtocol;

/**
 * Test-only generator of regular clusters with optional local asymmetries. Addressing plan: rack
 * {@code r} is 172.16.r.0/24 (gateway .1, node {@code n} at .10+n), its uplink 172.31.r.0/30
 * (core .1, rack router .2), node {@code n} of rack {@code r} owns 10.r.n.0/24 with pods at .10+p.
 * The one-segment shape puts node {@code i} at 172.16.0.0/16 + 10 + i with PodCIDR 10.(i/256).(i%256).0/24.
 */
public final class RackClusters {

    /** How pods cross between nodes. */
    public enum Shape {
        /** VXLAN; each rack a segment whose gateway is an interface of one core router. */
        TUNNEL_RACKS,
        /** Native routing with auto-direct-node-routes, every node on one segment. */
        NATIVE_DIRECT,
        /**
         * Native routing; a router per rack that peers with its own rack's nodes only, discards the
         * unused rest of its rack's pod range and sends the rest of 10.0.0.0/8 up to a core; nodes
         * default via their rack router.
         */
        NATIVE_BGP,
        /**
         * Native routing; racks behind one core router that is every rack's gateway and the nodes'
         * BGP peer (one cluster-wide peering).
         */
        NATIVE_BGP_GATEWAY
    }

    /** A local asymmetry injected at one rack or node. */
    public enum FaultKind {
        /** The rack's segment has MTU 1400 (racks only). */
        RACK_MTU,
        /** A firewall at the node denies the tunnel port. */
        NODE_FIREWALL,
        /** The core (or edge) router null-routes the node's PodCIDR. */
        NULL_ROUTE,
        /** A static route on the core (or edge) router names the node's PodCIDR. */
        STATIC_ROUTE,
        /** The node sits on another segment behind an edge router that learns PodCIDRs over BGP (one-segment shape only). */
        OTHER_SEGMENT,
        /**
         * The node sits on another segment behind an edge router that is no BGP peer, so that
         * auto-direct-node-routes cannot reach it (one-segment shape only): the misconfiguration.
         */
        BEHIND_ROUTER,
        /** The node's rack router does not peer with it (its peering policy misses the node; BGP shape only). */
        UNPEERED,
        /** The core routes the node's PodCIDR to the wrong rack router, which sends it back (BGP shape only): a loop. */
        MISROUTE,
        /** The core (or edge) router null-routes the address of the node's last pod (of 3 or more): only the pod level sees it. */
        POD_NULL_ROUTE
    }

    /** A fault at node {@code node} of rack {@code rack} (the one-segment shape ignores the rack). */
    public record Fault(FaultKind kind, int rack, int node) {
    }

    private static final int TUNNEL_PORT = TunnelProtocol.VXLAN.defaultPort();

    private RackClusters() {
    }

    public static Topology generate(Shape shape, int racks, int nodesPerRack, int podsPerNode, List<Fault> faults) {
        return switch (shape) {
            case TUNNEL_RACKS, NATIVE_BGP, NATIVE_BGP_GATEWAY -> racks(shape, racks, nodesPerRack, podsPerNode, faults);
            case NATIVE_DIRECT -> oneSegment(racks * nodesPerRack, podsPerNode, faults);
        };
    }

    private static boolean has(List<Fault> faults, FaultKind kind, int rack, int node) {
        return faults.stream().anyMatch(f -> f.kind() == kind && f.rack() == rack && f.node() == node);
    }

    private static boolean has(List<Fault> faults, FaultKind kind) {
        return faults.stream().anyMatch(f -> f.kind() == kind);
    }

    private static Ipv4Address address(String text) {
        return Ipv4Address.parse(text);
    }

    private static Node node(String name, Ipv4Address address, String segment, String podBase, int pods) {
        List<Pod> list = new ArrayList<>();
        for (int p = 0; p < pods; p++) {
            list.add(new Pod(name + "-p" + p, address(podBase + (10 + p)), name, SourceLocation.NONE));
        }
        return new Node(name, address, segment, Prefix.parse(podBase + "0/24"), list, SourceLocation.NONE);
    }

    private static Firewall denyTunnel(String device) {
        return new Firewall("fw-" + device, device, List.of(new Rule(RuleAction.DENY, Protocol.UDP,
                OptionalInt.of(TUNNEL_PORT), SourceLocation.NONE)), SourceLocation.NONE);
    }

    private static Route route(String prefix, String via) {
        return new Route(Prefix.parse(prefix), via == null ? Optional.empty() : Optional.of(address(via)),
                SourceLocation.NONE);
    }

    private static Topology racks(Shape shape, int racks, int perRack, int pods, List<Fault> faults) {
        boolean bgp = shape == Shape.NATIVE_BGP;
        boolean gatewayPeer = shape == Shape.NATIVE_BGP_GATEWAY;
        Cilium cilium = bgp || gatewayPeer
                ? new Cilium(RoutingMode.NATIVE, TunnelProtocol.VXLAN, TUNNEL_PORT, 0,
                        Optional.of(Prefix.parse("10.0.0.0/8")), false, false, SourceLocation.NONE)
                : Cilium.defaults();
        List<Segment> segments = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Router> routers = new ArrayList<>();
        List<Interface> coreInterfaces = new ArrayList<>();
        List<Route> coreRoutes = new ArrayList<>();
        List<Firewall> firewalls = new ArrayList<>();
        List<BgpPeer> peers = new ArrayList<>();
        for (int r = 0; r < racks; r++) {
            String rack = "rack" + r;
            int mtu = has(faults, FaultKind.RACK_MTU, r, 0) ? 1400 : 1500;
            segments.add(new Segment(rack, Prefix.parse("172.16." + r + ".0/24"), mtu,
                    Optional.of(address("172.16." + r + ".1")), SourceLocation.NONE));
            for (int n = 0; n < perRack; n++) {
                String name = "r" + r + "n" + n;
                nodes.add(node(name, address("172.16." + r + "." + (10 + n)), rack, "10." + r + "." + n + ".", pods));
                if (has(faults, FaultKind.NODE_FIREWALL, r, n)) {
                    firewalls.add(denyTunnel(name));
                }
                if (has(faults, FaultKind.POD_NULL_ROUTE, r, n) && pods > 2) {
                    coreRoutes.add(route("10." + r + "." + n + "." + (9 + pods) + "/32", null));
                }
                String podCidr = "10." + r + "." + n + ".0/24";
                if (has(faults, FaultKind.NULL_ROUTE, r, n)) {
                    coreRoutes.add(route(podCidr, null));
                }
                if (has(faults, FaultKind.STATIC_ROUTE, r, n)) {
                    coreRoutes.add(route(podCidr, bgp ? "172.31." + r + ".2" : "172.16." + r + "." + (10 + n)));
                }
                if (bgp && has(faults, FaultKind.MISROUTE, r, n)) {
                    coreRoutes.add(route(podCidr, "172.31." + ((r + 1) % racks) + ".2"));
                }
            }
            if (bgp) {
                String uplink = "uplink" + r;
                segments.add(new Segment(uplink, Prefix.parse("172.31." + r + ".0/30"), 1500, Optional.empty(),
                        SourceLocation.NONE));
                coreInterfaces.add(new Interface("up" + r, address("172.31." + r + ".1"), uplink, SourceLocation.NONE));
                coreRoutes.add(route("10." + r + ".0.0/16", "172.31." + r + ".2"));
            } else {
                coreInterfaces.add(new Interface("eth" + r, address("172.16." + r + ".1"), rack, SourceLocation.NONE));
            }
        }
        routers.add(new Router("core", coreInterfaces, coreRoutes, SourceLocation.NONE));
        if (gatewayPeer) {
            peers.add(new BgpPeer("core", SourceLocation.NONE));
        }
        if (bgp) {
            for (int r = 0; r < racks; r++) {
                List<String> rackNodes = new ArrayList<>();
                for (int n = 0; n < perRack; n++) {
                    if (!has(faults, FaultKind.UNPEERED, r, n)) {
                        rackNodes.add("r" + r + "n" + n);
                    }
                }
                routers.add(new Router("tor" + r, List.of(
                        new Interface("down", address("172.16." + r + ".1"), "rack" + r, SourceLocation.NONE),
                        new Interface("up", address("172.31." + r + ".2"), "uplink" + r, SourceLocation.NONE)),
                        List.of(route("10.0.0.0/8", "172.31." + r + ".1"), route("10." + r + ".0.0/16", null)),
                        SourceLocation.NONE));
                peers.add(new BgpPeer("tor" + r, Optional.of(rackNodes), SourceLocation.NONE));
            }
        }
        return new Topology(shape.name().toLowerCase(java.util.Locale.ROOT) + "-" + racks + "x" + perRack,
                SourceLocation.NONE, cilium, segments, nodes, routers, firewalls, peers);
    }

    private static Topology oneSegment(int count, int pods, List<Fault> faults) {
        Cilium cilium = new Cilium(RoutingMode.NATIVE, TunnelProtocol.VXLAN, TUNNEL_PORT, 0,
                Optional.of(Prefix.parse("10.0.0.0/8")), true, false, SourceLocation.NONE);
        boolean peered = has(faults, FaultKind.OTHER_SEGMENT);
        boolean behind = peered || has(faults, FaultKind.BEHIND_ROUTER);
        boolean edge = has(faults, FaultKind.NULL_ROUTE) || has(faults, FaultKind.STATIC_ROUTE) || behind
                || has(faults, FaultKind.POD_NULL_ROUTE);
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("fabric", Prefix.parse("172.16.0.0/16"), 9000,
                behind ? Optional.of(address("172.16.255.254")) : Optional.empty(), SourceLocation.NONE));
        if (behind) {
            segments.add(new Segment("edge-net", Prefix.parse("172.17.0.0/24"), 9000,
                    Optional.of(address("172.17.0.1")), SourceLocation.NONE));
        }
        List<Node> nodes = new ArrayList<>();
        List<Route> edgeRoutes = new ArrayList<>();
        List<Firewall> firewalls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "n" + i;
            int host = 10 + i;
            String podBase = "10." + i / 256 + "." + i % 256 + ".";
            boolean moved = has(faults, FaultKind.OTHER_SEGMENT, 0, i) || has(faults, FaultKind.BEHIND_ROUTER, 0, i);
            nodes.add(node(name, moved ? address("172.17.0." + (10 + i % 240)) : address("172.16." + host / 256 + "." + host % 256),
                    moved ? "edge-net" : "fabric", podBase, pods));
            if (has(faults, FaultKind.NODE_FIREWALL, 0, i)) {
                firewalls.add(denyTunnel(name));
            }
            if (has(faults, FaultKind.POD_NULL_ROUTE, 0, i) && pods > 2) {
                edgeRoutes.add(route(podBase + (9 + pods) + "/32", null));
            }
            if (has(faults, FaultKind.NULL_ROUTE, 0, i)) {
                edgeRoutes.add(route(podBase + "0/24", null));
            }
            if (has(faults, FaultKind.STATIC_ROUTE, 0, i)) {
                edgeRoutes.add(route(podBase + "0/24", "172.16." + host / 256 + "." + host % 256));
            }
        }
        List<Router> routers = new ArrayList<>();
        List<BgpPeer> peers = new ArrayList<>();
        if (edge) {
            List<Interface> interfaces = new ArrayList<>();
            interfaces.add(new Interface("fabric", address("172.16.255.254"), "fabric", SourceLocation.NONE));
            if (behind) {
                interfaces.add(new Interface("edge", address("172.17.0.1"), "edge-net", SourceLocation.NONE));
                if (peered) {
                    peers.add(new BgpPeer("edge", SourceLocation.NONE));
                }
            }
            routers.add(new Router("edge", interfaces, edgeRoutes, SourceLocation.NONE));
        }
        return new Topology("native-direct-" + count, SourceLocation.NONE, cilium, segments, nodes, routers, firewalls,
                peers);
    }

    /** The same cluster with transparent encryption: every other record as generated. */
    public static Topology encrypted(Topology topology, Encryption encryption) {
        return new Topology(topology.name() + "-" + encryption.name().toLowerCase(java.util.Locale.ROOT),
                topology.location(), topology.cilium().withEncryption(encryption), topology.segments(),
                topology.nodes(), topology.routers(), topology.firewalls(), topology.bgpPeers());
    }
}
