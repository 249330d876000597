package org.netroute.tests.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.alloy.InstanceAddresses;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.compress.ElementKind;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.PoolClusters;
import org.netroute.tests.generate.PoolClusters.JoinOrder;
import org.netroute.tests.generate.PoolClusters.Plan;
import org.netroute.tests.generate.PoolClusters.PoolRoutes;
import org.netroute.tests.generate.PoolClusters.Shape;

/**
 * Pool CIDRs that group PodCIDRs across the racks (cluster-pool IPAM in join order) split roles by
 * pool only, and the used-up pools the compressed network leaves partly empty are vacated instead
 * of sending the cluster back as written.
 */
class PoolCompressionTest {

    /**
     * 4 racks of 12 nodes, 3 pods each, pools of 16 PodCIDRs: node n of rack r joins r + 4n-th, so
     * each rack has 4 nodes in each of 3 used-up pools.
     */
    private static Plan plan(Shape shape, JoinOrder order, PoolRoutes routes) {
        return new Plan(shape, 4, 12, 3, 16, order, 5, routes, List.of());
    }

    private static Prefix poolOf(Topology topology, String node) {
        Prefix podCidr = topology.node(node).orElseThrow().podCidr();
        return new Prefix(podCidr.network(), 20);
    }

    @Test
    void roundRobinPodCidrsUnderADiscardRoutePerPoolSplitRolesByPoolOnly() {
        Topology original = PoolClusters.generate(plan(Shape.BGP_GATEWAY, JoinOrder.ROUND_ROBIN,
                PoolRoutes.DISCARD_EVERY_POOL));
        CompressedNetwork network = CompressedNetwork.of(original);
        assertEquals("48 nodes, 144 pods -> 12 nodes in 3 roles, 1 router, 2 segments, 24 pods", network.summary());
        for (Node node : original.nodes()) {
            String role = network.roles().roleOf(node.name());
            assertEquals(poolOf(original, node.name()), poolOf(original, role), node.name() + " plays " + role);
        }
        assertEquals(Set.copyOf(PoolClusters.pools(plan(Shape.BGP_GATEWAY, JoinOrder.ROUND_ROBIN,
                PoolRoutes.DISCARD_EVERY_POOL))), network.vacatedRegions());
    }

    @Test
    void withoutPoolRoutesTheRacksMergeWhateverTheJoinOrder() {
        for (JoinOrder order : JoinOrder.values()) {
            CompressedNetwork network = CompressedNetwork.of(PoolClusters.generate(plan(Shape.TUNNEL, order,
                    PoolRoutes.NONE)));
            assertEquals(1, network.roles().roles(ElementKind.NODE), order.name());
            assertEquals(4, network.compressed().nodes().size(), order.name());
        }
    }

    @Test
    void aSummaryRoutePerPoolOnEveryRackRouterKeepsTwoRacksOfTwoNodesPerPool() {
        CompressedNetwork network = CompressedNetwork.of(PoolClusters.generate(plan(Shape.BGP_RACK_ROUTERS,
                JoinOrder.ROUND_ROBIN, PoolRoutes.SUMMARY_PER_POOL)));
        assertEquals("48 nodes, 144 pods -> 12 nodes in 3 roles, 3 routers, 4 segments, 24 pods", network.summary());
    }

    @Test
    void aDiscardRouteForOnePoolSplitsThatPoolFromTheRest() {
        Topology original = PoolClusters.generate(plan(Shape.TUNNEL, JoinOrder.ROUND_ROBIN, PoolRoutes.DISCARD_ONE_POOL));
        CompressedNetwork network = CompressedNetwork.of(original);
        assertEquals(2, network.roles().roles(ElementKind.NODE));
        assertEquals(8, network.compressed().nodes().size());
        Prefix discarded = PoolClusters.pools(plan(Shape.TUNNEL, JoinOrder.ROUND_ROBIN, PoolRoutes.DISCARD_ONE_POOL))
                .get(1);
        for (Node node : original.nodes()) {
            Node role = original.node(network.roles().roleOf(node.name())).orElseThrow();
            assertEquals(discarded.contains(node.podCidr()), discarded.contains(role.podCidr()), node.name());
        }
        assertEquals(Set.of(discarded), network.vacatedRegions());
    }

    /**
     * The core sends the second pool to an edge router that sends it back: in the original every
     * address of the pool lies in a PodCIDR the core learned over BGP, so nothing loops; in the
     * compressed network the removed nodes' PodCIDRs leave addresses of the pool that only the pool
     * route covers, and they loop. The vacated region keeps that loop out of the proof.
     */
    @Test
    void aLoopThroughAVacatedRegionIsNoLoopOfTheOriginalAndAlloyAgreesWithTheInterpreter() {
        Plan plan = plan(Shape.BGP_GATEWAY, JoinOrder.ROUND_ROBIN, PoolRoutes.NONE);
        Topology generated = PoolClusters.generate(plan);
        Prefix pool = PoolClusters.pools(plan).get(1);
        Ipv4Address coreOnRack0 = Ipv4Address.parse("172.16.0.1");
        Ipv4Address edgeAddress = Ipv4Address.parse("172.16.0.254");
        List<Router> routers = new ArrayList<>();
        for (Router router : generated.routers()) {
            List<Route> routes = new ArrayList<>(router.routes());
            routes.add(new Route(pool, Optional.of(edgeAddress), SourceLocation.NONE));
            routers.add(new Router(router.name(), router.interfaces(), routes, router.location()));
        }
        routers.add(new Router("edge", List.of(new Interface("eth0", edgeAddress, "rack0", SourceLocation.NONE)),
                List.of(new Route(pool, Optional.of(coreOnRack0), SourceLocation.NONE)), SourceLocation.NONE));
        Topology original = new Topology("pool-loop", SourceLocation.NONE, generated.cilium(), generated.segments(),
                generated.nodes(), routers, generated.firewalls(), generated.bgpPeers());

        CompressedNetwork network = CompressedNetwork.of(original);
        assertTrue(network.reduced(), network.summary());
        assertTrue(network.vacatedRegions().contains(pool), network.vacatedRegions().toString());
        InterpreterEngine interpreter = new InterpreterEngine();
        assertEquals(Verdict.Status.PROVED, interpreter.check(original, Property.NO_LOOP).status());
        assertEquals(Verdict.Status.VIOLATED, interpreter.check(network.compressed(), Property.NO_LOOP).status(),
                "the compressed network on its own loops through the pool's freed addresses");
        assertTrue(InstanceAddresses.of(network).representatives().stream().noneMatch(address -> pool.contains(address)
                && network.compressed().nodes().stream().noneMatch(node -> node.podCidr().contains(address))),
                "a destination class of the vacated pool was left in Alloy's instance");

        AlloyEngine alloy = new AlloyEngine(SatSolverChoice.sat4j());
        for (var entry : alloy.checkAll(original).entrySet()) {
            AlloyResult result = entry.getValue();
            assertEquals(interpreter.check(original, entry.getKey()).status(), result.verdict().status(),
                    entry.getKey() + ": " + result.verdict());
        }
    }
}
