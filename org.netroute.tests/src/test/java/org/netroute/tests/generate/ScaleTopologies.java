package org.netroute.tests.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.RoutingMode;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TunnelProtocol;

/**
 * Large, correct clusters for benchmarks: every node on one 172.16.0.0/16 segment, node {@code n}
 * owning 10.x.y.0/24, in the three shapes real clusters take.
 */
public final class ScaleTopologies {

    /** How pod traffic crosses between nodes. */
    public enum Shape {
        /** VXLAN between nodes on one segment. */
        TUNNEL,
        /** Native routing with auto-direct-node-routes on one shared segment. */
        NATIVE_DIRECT_ROUTES,
        /** Native routing: nodes default to a router that learns every PodCIDR over BGP. */
        NATIVE_BGP
    }

    private static final String SEGMENT = "fabric";
    private static final String ROUTER_ADDRESS = "172.16.255.254";

    private ScaleTopologies() {
    }

    public static Topology generate(Shape shape, int nodeCount, int podsPerNode) {
        if (nodeCount > 65_000 || podsPerNode > 240) {
            throw new IllegalArgumentException("at most 65000 nodes of 240 pods fit the address plan");
        }
        boolean tunnel = shape == Shape.TUNNEL;
        Cilium cilium = new Cilium(tunnel ? RoutingMode.TUNNEL : RoutingMode.NATIVE, TunnelProtocol.VXLAN,
                TunnelProtocol.VXLAN.defaultPort(), 0,
                tunnel ? Optional.empty() : Optional.of(Prefix.parse("10.0.0.0/8")),
                shape == Shape.NATIVE_DIRECT_ROUTES, false, SourceLocation.NONE);
        Optional<Ipv4Address> gateway = shape == Shape.NATIVE_BGP ? Optional.of(Ipv4Address.parse(ROUTER_ADDRESS))
                : Optional.empty();
        Segment fabric = new Segment(SEGMENT, Prefix.parse("172.16.0.0/16"), 9000, gateway, SourceLocation.NONE);
        List<Node> nodes = new ArrayList<>(nodeCount);
        for (int n = 0; n < nodeCount; n++) {
            int third = n / 256;
            int fourth = n % 256;
            String name = "node" + n;
            String podBase = "10." + third + "." + fourth + ".";
            List<Pod> pods = new ArrayList<>(podsPerNode);
            for (int p = 0; p < podsPerNode; p++) {
                pods.add(new Pod(name + "-pod" + p, Ipv4Address.parse(podBase + (10 + p)), name, SourceLocation.NONE));
            }
            int host = n + 10;
            Ipv4Address address = Ipv4Address.parse("172.16." + host / 256 + "." + host % 256);
            nodes.add(new Node(name, address, SEGMENT, Prefix.parse(podBase + "0/24"), pods, SourceLocation.NONE));
        }
        List<Router> routers = new ArrayList<>();
        List<BgpPeer> peers = new ArrayList<>();
        if (shape == Shape.NATIVE_BGP) {
            routers.add(new Router("tor", List.of(new Interface("eth0", Ipv4Address.parse(ROUTER_ADDRESS), SEGMENT,
                    SourceLocation.NONE)), List.of(new Route(Prefix.parse("10.0.0.0/8"), Optional.empty(),
                    SourceLocation.NONE)), SourceLocation.NONE));
            peers.add(new BgpPeer("tor", SourceLocation.NONE));
        }
        return new Topology(shape.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + nodeCount,
                SourceLocation.NONE, cilium, List.of(fabric), nodes, routers, List.of(), peers);
    }
}
