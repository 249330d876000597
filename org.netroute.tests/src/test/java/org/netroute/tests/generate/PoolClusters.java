package org.netroute.tests.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
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
 * Test-only generator of rack clusters whose PodCIDRs come from several pool CIDRs in the order
 * nodes joined, as Cilium's cluster-pool IPAM hands them out (clusterPoolIPv4PodCIDRList): so the
 * pools group PodCIDRs across the racks, and routers carry a discard or summary route per pool.
 *
 * <p>Addressing plan: rack {@code r} is 172.16.r.0/24 (gateway .1, node {@code n} at .10+n); with
 * rack routers its uplink is 172.31.r.0/30 (core .1, rack router .2). Pools are consecutive prefixes
 * of 10.0.0.0/8 holding {@code poolBlocks} /24s each, as many as the nodes need, and each is used up
 * before the next: the {@code j}-th node to join gets 10.0.0.0/8's {@code j}-th /24, so every pool but
 * the last is full. Pods sit at .10+p of their PodCIDR.
 */
public final class PoolClusters {

    /** How pods cross between nodes and where routes are learned. */
    public enum Shape {
        /** VXLAN; each rack a segment whose gateway is an interface of one core router. */
        TUNNEL,
        /** Native routing; the core is every rack's gateway and every node's BGP peer. */
        BGP_GATEWAY,
        /**
         * Native routing; a router per rack peers with its own rack's nodes, nodes default via it,
         * and the core routes each PodCIDR to its rack's router (as a route reflector would).
         */
        BGP_RACK_ROUTERS
    }

    /** The order in which nodes joined the cluster, which decides their PodCIDRs. */
    public enum JoinOrder {
        /** Node {@code n} of rack {@code r} joined {@code r + racks * n}-th: PodCIDRs round-robin across racks. */
        ROUND_ROBIN,
        /** Rack after rack: each rack's PodCIDRs consecutive. */
        RACK_BY_RACK,
        /** A seeded random permutation. */
        RANDOM
    }

    /** The routes per pool the routers carry. */
    public enum PoolRoutes {
        /** None. */
        NONE,
        /** The core discards every pool CIDR (aggregates with discard routes). */
        DISCARD_EVERY_POOL,
        /** The core discards the second pool CIDR only (of two or more). */
        DISCARD_ONE_POOL,
        /** Every rack router sends every pool CIDR up to the core (rack routers only). */
        SUMMARY_PER_POOL
    }

    /** A local asymmetry injected at node {@code node} of rack {@code rack}. */
    public enum FaultKind {
        /** The rack's segment has MTU 1400. */
        RACK_MTU,
        /** A firewall at the node denies the tunnel port. */
        NODE_FIREWALL,
        /** The core null-routes the node's PodCIDR. */
        NULL_ROUTE,
        /** The node's rack router does not peer with it (rack routers only). */
        UNPEERED,
        /** The core routes the node's PodCIDR to the next rack's router, which sends it back up (rack routers only): a loop. */
        MISROUTE
    }

    /** A fault at node {@code node} of rack {@code rack}. */
    public record Fault(FaultKind kind, int rack, int node) {
    }

    /**
     * One cluster to generate.
     *
     * @param poolBlocks how many /24 PodCIDRs one pool CIDR holds (a power of two)
     * @param seed       the seed of a {@link JoinOrder#RANDOM} order (ignored otherwise)
     */
    public record Plan(Shape shape, int racks, int perRack, int podsPerNode, int poolBlocks, JoinOrder order,
            long seed, PoolRoutes routes, List<Fault> faults) {

        public Plan {
            faults = List.copyOf(faults);
            if (racks < 1 || racks > 250 || perRack < 1 || perRack > 240 || podsPerNode > 240) {
                throw new IllegalArgumentException("at most 250 racks of 240 nodes of 240 pods fit the address plan");
            }
            if (Integer.bitCount(poolBlocks) != 1 || poolBlocks > 1 << 16) {
                throw new IllegalArgumentException("a pool holds a power of two of /24s, at most a /8");
            }
            if (routes == PoolRoutes.SUMMARY_PER_POOL && shape != Shape.BGP_RACK_ROUTERS) {
                throw new IllegalArgumentException("summary routes towards the core need rack routers");
            }
        }
    }

    private static final int TUNNEL_PORT = TunnelProtocol.VXLAN.defaultPort();
    private static final int BASE = Ipv4Address.parse("10.0.0.0").bits();

    private PoolClusters() {
    }

    /** The pool CIDRs of a plan, in the order they hand out PodCIDRs. */
    public static List<Prefix> pools(Plan plan) {
        int nodes = plan.racks() * plan.perRack();
        int count = (nodes + plan.poolBlocks() - 1) / plan.poolBlocks();
        int length = 24 - Integer.numberOfTrailingZeros(plan.poolBlocks());
        List<Prefix> pools = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            pools.add(new Prefix(BASE + p * plan.poolBlocks() * 256, length));
        }
        return pools;
    }

    /** The join position of every node, by rack then node. */
    private static int[][] joinPositions(Plan plan) {
        int[][] position = new int[plan.racks()][plan.perRack()];
        List<Integer> permutation = new ArrayList<>();
        for (int j = 0; j < plan.racks() * plan.perRack(); j++) {
            permutation.add(j);
        }
        if (plan.order() == JoinOrder.RANDOM) {
            Collections.shuffle(permutation, new Random(plan.seed()));
        }
        for (int r = 0; r < plan.racks(); r++) {
            for (int n = 0; n < plan.perRack(); n++) {
                position[r][n] = switch (plan.order()) {
                    case ROUND_ROBIN -> r + plan.racks() * n;
                    case RACK_BY_RACK -> r * plan.perRack() + n;
                    case RANDOM -> permutation.get(r * plan.perRack() + n);
                };
            }
        }
        return position;
    }

    public static Topology generate(Plan plan) {
        List<Prefix> pools = pools(plan);
        if ((long) plan.racks() * plan.perRack() > 1 << 16) {
            throw new IllegalArgumentException("the PodCIDRs do not fit 10.0.0.0/8");
        }
        int[][] joined = joinPositions(plan);
        boolean rackRouters = plan.shape() == Shape.BGP_RACK_ROUTERS;
        Cilium cilium = plan.shape() == Shape.TUNNEL ? Cilium.defaults()
                : new Cilium(RoutingMode.NATIVE, TunnelProtocol.VXLAN, TUNNEL_PORT, 0,
                        Optional.of(Prefix.parse("10.0.0.0/8")), false, false, SourceLocation.NONE);
        List<Segment> segments = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Interface> coreInterfaces = new ArrayList<>();
        List<Route> coreRoutes = new ArrayList<>();
        List<Firewall> firewalls = new ArrayList<>();
        List<Router> rackRouterList = new ArrayList<>();
        List<BgpPeer> peers = new ArrayList<>();
        if (plan.routes() == PoolRoutes.DISCARD_EVERY_POOL) {
            pools.forEach(pool -> coreRoutes.add(new Route(pool, Optional.empty(), SourceLocation.NONE)));
        } else if (plan.routes() == PoolRoutes.DISCARD_ONE_POOL && pools.size() > 1) {
            coreRoutes.add(new Route(pools.get(1), Optional.empty(), SourceLocation.NONE));
        }
        for (int r = 0; r < plan.racks(); r++) {
            String rack = "rack" + r;
            int mtu = has(plan, FaultKind.RACK_MTU, r) ? 1400 : 1500;
            segments.add(new Segment(rack, Prefix.parse("172.16." + r + ".0/24"), mtu,
                    Optional.of(address("172.16." + r + ".1")), SourceLocation.NONE));
            List<String> rackNodes = new ArrayList<>();
            for (int n = 0; n < plan.perRack(); n++) {
                String name = "r" + r + "n" + n;
                int j = joined[r][n];
                Prefix podCidr = new Prefix(BASE + j * 256, 24);
                nodes.add(node(name, address("172.16." + r + "." + (10 + n)), rack, podCidr, plan.podsPerNode()));
                if (has(plan, FaultKind.NODE_FIREWALL, r, n)) {
                    firewalls.add(new Firewall("fw-" + name, name, List.of(new Rule(RuleAction.DENY, Protocol.UDP,
                            OptionalInt.of(TUNNEL_PORT), SourceLocation.NONE)), SourceLocation.NONE));
                }
                if (has(plan, FaultKind.NULL_ROUTE, r, n)) {
                    coreRoutes.add(new Route(podCidr, Optional.empty(), SourceLocation.NONE));
                } else if (rackRouters) {
                    int via = has(plan, FaultKind.MISROUTE, r, n) ? (r + 1) % plan.racks() : r;
                    coreRoutes.add(new Route(podCidr, Optional.of(address("172.31." + via + ".2")), SourceLocation.NONE));
                }
                if (!has(plan, FaultKind.UNPEERED, r, n)) {
                    rackNodes.add(name);
                }
            }
            if (rackRouters) {
                String uplink = "uplink" + r;
                segments.add(new Segment(uplink, Prefix.parse("172.31." + r + ".0/30"), 1500, Optional.empty(),
                        SourceLocation.NONE));
                coreInterfaces.add(new Interface("up" + r, address("172.31." + r + ".1"), uplink, SourceLocation.NONE));
                Optional<Ipv4Address> core = Optional.of(address("172.31." + r + ".1"));
                List<Route> up = new ArrayList<>();
                if (plan.routes() == PoolRoutes.SUMMARY_PER_POOL) {
                    pools.forEach(pool -> up.add(new Route(pool, core, SourceLocation.NONE)));
                } else {
                    up.add(new Route(Prefix.parse("10.0.0.0/8"), core, SourceLocation.NONE));
                }
                rackRouterList.add(new Router("tor" + r, List.of(
                        new Interface("down", address("172.16." + r + ".1"), rack, SourceLocation.NONE),
                        new Interface("up", address("172.31." + r + ".2"), uplink, SourceLocation.NONE)),
                        up, SourceLocation.NONE));
                peers.add(new BgpPeer("tor" + r, Optional.of(rackNodes), SourceLocation.NONE));
            } else {
                coreInterfaces.add(new Interface("eth" + r, address("172.16." + r + ".1"), rack, SourceLocation.NONE));
            }
        }
        List<Router> routers = new ArrayList<>();
        routers.add(new Router("core", coreInterfaces, coreRoutes, SourceLocation.NONE));
        routers.addAll(rackRouterList);
        if (plan.shape() == Shape.BGP_GATEWAY) {
            peers.add(new BgpPeer("core", SourceLocation.NONE));
        }
        String name = plan.shape().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + plan.order().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + plan.racks() + "x"
                + plan.perRack();
        return new Topology(name, SourceLocation.NONE, cilium, segments, nodes, routers, firewalls, peers);
    }

    /**
     * A small random plan for the differential tests: any shape, join order and pool routes, 2 to 4
     * racks of 2 to 5 nodes with 1 to 3 pods, pools of 2, 4 or 8 PodCIDRs, up to two faults.
     */
    public static Plan random(long seed) {
        Random random = new Random(seed);
        Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
        List<PoolRoutes> routes = new ArrayList<>(List.of(PoolRoutes.values()));
        if (shape != Shape.BGP_RACK_ROUTERS) {
            routes.remove(PoolRoutes.SUMMARY_PER_POOL);
        }
        int racks = 2 + random.nextInt(3);
        int perRack = 2 + random.nextInt(4);
        List<FaultKind> kinds = new ArrayList<>(List.of(FaultKind.RACK_MTU, FaultKind.NULL_ROUTE));
        kinds.add(shape == Shape.TUNNEL ? FaultKind.NODE_FIREWALL : FaultKind.NULL_ROUTE);
        if (shape == Shape.BGP_RACK_ROUTERS) {
            kinds.addAll(List.of(FaultKind.UNPEERED, FaultKind.MISROUTE));
        }
        List<Fault> faults = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            faults.add(new Fault(kinds.get(random.nextInt(kinds.size())), random.nextInt(racks),
                    random.nextInt(perRack)));
        }
        return new Plan(shape, racks, perRack, 1 + random.nextInt(3), 2 << random.nextInt(3),
                JoinOrder.values()[random.nextInt(JoinOrder.values().length)], seed,
                routes.get(random.nextInt(routes.size())), faults);
    }

    private static boolean has(Plan plan, FaultKind kind, int rack) {
        return plan.faults().stream().anyMatch(f -> f.kind() == kind && f.rack() == rack);
    }

    private static boolean has(Plan plan, FaultKind kind, int rack, int node) {
        return plan.faults().stream().anyMatch(f -> f.kind() == kind && f.rack() == rack && f.node() == node);
    }

    private static Ipv4Address address(String text) {
        return Ipv4Address.parse(text);
    }

    private static Node node(String name, Ipv4Address address, String segment, Prefix podCidr, int pods) {
        List<Pod> list = new ArrayList<>();
        for (int p = 0; p < pods; p++) {
            list.add(new Pod(name + "-p" + p, new Ipv4Address(podCidr.network() + 10 + p), name, SourceLocation.NONE));
        }
        return new Node(name, address, segment, podCidr, list, SourceLocation.NONE);
    }
}
