package org.netroute.tests.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.compress.ElementKind;
import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;
import org.netroute.tests.generate.RackClusters;

class CompressionTest {

    private static CompressedNetwork compress(Shape shape, int racks, int perRack, int pods, Fault... faults) {
        return CompressedNetwork.of(RackClusters.generate(shape, racks, perRack, pods, List.of(faults)));
    }

    @Test
    void interchangeableNodesMergeAndPodsKeepTwoPerNode() {
        CompressedNetwork network = compress(Shape.NATIVE_DIRECT, 1, 12, 5);
        assertEquals(2, network.compressed().nodes().size());
        assertEquals(4, network.compressed().pods().size());
        assertEquals(1, network.roles().roles(ElementKind.NODE));
        assertEquals(2, network.roles().kept(ElementKind.NODE));
        assertEquals("n0", network.roles().roleOf("n7"));
        assertEquals("n0-p0", network.roles().roleOf("n7-p3"));
        assertEquals("n1", network.roles().roleOf("n1"));
        assertEquals("n1-p1", network.roles().roleOf("n1-p1"));
        assertEquals("12 nodes, 60 pods -> 2 nodes in 1 role, 1 segment, 4 pods", network.summary());
    }

    @Test
    void aLoneNodeKeepsOnePodPerClassOfTwinsAndPodsNamedByARouteStaySeparate() {
        Topology base = RackClusters.generate(Shape.TUNNEL_RACKS, 1, 1, 6, List.of());
        Node node = base.nodes().get(0);
        var core = base.routers().get(0);
        var route = new Route(new Prefix(node.pods().get(4).address().bits(), 32),
                Optional.empty(), SourceLocation.NONE);
        Topology named = new Topology(base.name(), base.location(), base.cilium(), base.segments(), base.nodes(),
                List.of(new Router(core.name(), core.interfaces(), List.of(route),
                        core.location())), base.firewalls(), base.bgpPeers());
        CompressedNetwork network = CompressedNetwork.of(named);
        assertEquals(List.of("r0n0-p0", "r0n0-p1", "r0n0-p4"),
                network.compressed().pods().stream().map(Pod::name).toList());
        assertEquals("r0n0-p4", network.roles().roleOf("r0n0-p4"));
        assertEquals("r0n0-p0", network.roles().roleOf("r0n0-p5"));
        assertEquals(2, network.roles().roles(ElementKind.POD));
    }

    @Test
    void rackBlocksCollapseToTwo() {
        CompressedNetwork tunnel = compress(Shape.TUNNEL_RACKS, 6, 4, 3);
        assertEquals(2, tunnel.compressed().segments().size());
        assertEquals(4, tunnel.compressed().nodes().size());
        assertEquals(1, tunnel.compressed().routers().size());
        assertEquals(2, tunnel.compressed().routers().get(0).interfaces().size());
        assertEquals(1, tunnel.roles().roles(ElementKind.NODE));
        assertEquals("rack0", tunnel.roles().roleOf("rack5"));
        assertEquals("r0n0", tunnel.roles().roleOf("r5n3"));

        CompressedNetwork bgp = compress(Shape.NATIVE_BGP, 6, 4, 3);
        assertEquals(4, bgp.compressed().segments().size());
        assertEquals(4, bgp.compressed().nodes().size());
        assertEquals(3, bgp.compressed().routers().size());
        assertEquals("tor0", bgp.roles().roleOf("tor4"));
        assertEquals("uplink1", bgp.roles().roleOf("uplink1"));
        assertEquals(2, bgp.roles().roles(ElementKind.ROUTER));
        assertTrue(bgp.compressed().bgpPeers().stream().allMatch(peer -> peer.nodes().orElseThrow().size() == 2),
                "each kept rack router's peering keeps only its rack's kept nodes: " + bgp.compressed().bgpPeers());
        assertEquals(bgp.compressed().nodes().size(), bgp.compressed().bgpPeers().stream()
                .mapToInt(peer -> peer.nodes().orElseThrow().size()).sum(), "every kept node stays in its rack's peering");
    }

    @Test
    void eachAsymmetrySplitsARole() {
        List<Object[]> cases = List.of(
                new Object[] {Shape.TUNNEL_RACKS, new Fault(FaultKind.RACK_MTU, 3, 0), "rack3"},
                new Object[] {Shape.TUNNEL_RACKS, new Fault(FaultKind.NODE_FIREWALL, 2, 3), "r2n3"},
                new Object[] {Shape.TUNNEL_RACKS, new Fault(FaultKind.NULL_ROUTE, 4, 1), "r4n1"},
                new Object[] {Shape.TUNNEL_RACKS, new Fault(FaultKind.STATIC_ROUTE, 1, 2), "r1n2"},
                new Object[] {Shape.NATIVE_BGP, new Fault(FaultKind.RACK_MTU, 3, 0), "rack3"},
                new Object[] {Shape.NATIVE_BGP, new Fault(FaultKind.NULL_ROUTE, 2, 2), "r2n2"},
                new Object[] {Shape.NATIVE_BGP, new Fault(FaultKind.MISROUTE, 5, 1), "r5n1"},
                new Object[] {Shape.NATIVE_BGP, new Fault(FaultKind.UNPEERED, 3, 2), "r3n2"},
                new Object[] {Shape.NATIVE_DIRECT, new Fault(FaultKind.OTHER_SEGMENT, 0, 7), "n7"},
                new Object[] {Shape.NATIVE_DIRECT, new Fault(FaultKind.STATIC_ROUTE, 0, 9), "n9"},
                new Object[] {Shape.NATIVE_DIRECT, new Fault(FaultKind.NODE_FIREWALL, 0, 4), "n4"});
        for (Object[] c : cases) {
            Shape shape = (Shape) c[0];
            Fault fault = (Fault) c[1];
            String singled = (String) c[2];
            CompressedNetwork regular = compress(shape, 6, 4, 3);
            CompressedNetwork faulty = compress(shape, 6, 4, 3, fault);
            String label = shape + " " + fault + ": " + faulty.summary();
            assertTrue(faulty.reduced(), label);
            assertEquals(singled, faulty.roles().roleOf(singled), label);
            ElementKind kind = singled.startsWith("rack") ? ElementKind.SEGMENT : ElementKind.NODE;
            assertTrue(faulty.roles().roles(kind) > regular.roles().roles(kind), label);
            assertTrue(faulty.roles().kept(kind) > regular.roles().kept(kind), label);
        }
    }

    @Test
    void nodesColourRefinementCannotTellApartStayWhenNoSwapOfTwoIsASymmetry() {
        Topology base = RackClusters.generate(Shape.NATIVE_DIRECT, 1, 6, 2, List.of(new Fault(FaultKind.STATIC_ROUTE, 0, 0)));
        var edge = base.routers().get(0);
        int[][] via = {{0, 1}, {1, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 2}};
        List<Route> routes = new ArrayList<>();
        for (int[] hop : via) {
            routes.add(new Route(base.nodes().get(hop[0]).podCidr(),
                    Optional.of(base.nodes().get(hop[1]).address()), SourceLocation.NONE));
        }
        Topology cycles = new Topology(base.name(), base.location(), base.cilium(), base.segments(), base.nodes(),
                List.of(new Router(edge.name(), edge.interfaces(), routes, edge.location())),
                base.firewalls(), base.bgpPeers());
        CompressedNetwork network = CompressedNetwork.of(cycles);
        assertFalse(network.reduced(), "every node is named by one route and is the next hop of one, yet the 2-cycle "
                + "and the 4-cycle are not interchangeable: " + network.summary());
    }

    @Test
    void anIrregularClusterIsUnchanged() {
        Cilium cilium = Cilium.defaults();
        int[] mtus = {1500, 9000, 1450};
        List<Segment> segments = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            segments.add(new Segment("s" + s, Prefix.parse("192.168." + s + ".0/24"), mtus[s], Optional.empty(),
                    SourceLocation.NONE));
            List<Pod> pods = List.of(
                    new Pod("p" + s + "a", Ipv4Address.parse("10.0." + s + ".10"), "n" + s, SourceLocation.NONE),
                    new Pod("p" + s + "b", Ipv4Address.parse("10.0." + s + ".11"), "n" + s, SourceLocation.NONE));
            nodes.add(new Node("n" + s, Ipv4Address.parse("192.168." + s + ".10"), "s" + s,
                    Prefix.parse("10.0." + s + ".0/24"), pods, SourceLocation.NONE));
        }
        Topology irregular = new Topology("irregular", SourceLocation.NONE, cilium, segments, nodes, List.of(), List.of(),
                List.of());
        CompressedNetwork network = CompressedNetwork.of(irregular);
        assertFalse(network.reduced());
        assertSame(irregular, network.compressed());
        assertEquals("n2", network.roles().roleOf("n2"));
        assertEquals(3, network.roles().roles(ElementKind.NODE));
        assertEquals("3 nodes, 6 pods -> not reduced", network.summary());
        assertThrows(IllegalArgumentException.class, () -> network.roles().roleOf("nobody"));
    }

    @Test
    void theCompressedTopologyPassesTheParserAndValidator() {
        ModelLoader loader = new ModelLoader();
        for (Shape shape : Shape.values()) {
            for (Fault fault : List.of(new Fault(FaultKind.NODE_FIREWALL, 1, 1), new Fault(FaultKind.STATIC_ROUTE, 2, 0),
                    new Fault(FaultKind.OTHER_SEGMENT, 0, 3))) {
                CompressedNetwork network = compress(shape, 5, 4, 4, fault);
                assertTrue(network.reduced(), network.summary());
                for (Topology topology : List.of(network.original(), network.compressed())) {
                    LoadedFile file = loader.load(NetRouteText.render(topology), "inmemory:/c.netroute", "c.netroute");
                    assertFalse(file.hasErrors(), () -> shape + " " + fault + ": " + file.diagnostics().stream()
                            .map(Object::toString).collect(Collectors.joining("\n")));
                }
            }
        }
    }

    @Test
    void aCounterexampleOnTheCompressedNetworkIsOneOfTheOriginal() {
        CompressedNetwork network = compress(Shape.TUNNEL_RACKS, 8, 6, 5, new Fault(FaultKind.NODE_FIREWALL, 6, 4));
        assertTrue(network.compressed().nodes().size() <= 7, network.summary());
        Verdict verdict = new InterpreterEngine().check(network.compressed(), Property.REACHABILITY);
        assertEquals(Verdict.Status.VIOLATED, verdict.status());
        Counterexample counterexample = ((Verdict.Violated) verdict).counterexample();
        Pod from = network.original().pod(counterexample.from()).orElseThrow();
        Pod to = network.original().pod(counterexample.to()).orElseThrow();
        Trace trace = new Forwarder(network.original()).trace(from, to.address(), 64);
        assertEquals(counterexample.disposition(), trace.disposition());
        assertEquals(counterexample.at(), trace.at());
        assertEquals("r6n4", trace.at());
        assertNotEquals(Verdict.Status.PROVED, new InterpreterEngine().check(network.original(), Property.REACHABILITY).status());
    }

    @Test
    void aLoopFoundAtARegionAddressMapsBackToAnOriginalAddressOfThatRegion() {
        Topology base = RackClusters.generate(Shape.NATIVE_BGP, 6, 3, 2, List.of());
        List<Router> routers = new ArrayList<>();
        for (var router : base.routers()) {
            String via = router.name().equals("core") ? "172.31.0.2" : null;
            List<Route> routes = new ArrayList<>(router.routes());
            if (via != null) {
                routes.add(new Route(Prefix.parse("10.0.0.0/8"),
                        Optional.of(Ipv4Address.parse(via)), SourceLocation.NONE));
            }
            routers.add(new Router(router.name(), router.interfaces(), routes,
                    router.location()));
        }
        Topology looping = new Topology(base.name(), base.location(), base.cilium(), base.segments(), base.nodes(),
                routers, base.firewalls(), base.bgpPeers());
        CompressedNetwork network = CompressedNetwork.of(looping);
        assertEquals(List.of("rack0", "uplink0", "rack1", "uplink1", "rack2", "uplink2"),
                network.compressed().segments().stream().map(Segment::name).toList(), "rack 0 has its own role");
        Verdict verdict = new InterpreterEngine().check(network.compressed(), Property.NO_LOOP);
        Counterexample loop = ((Verdict.Violated) verdict).counterexample();
        assertEquals(Disposition.LOOP, loop.disposition());
        Ipv4Address chosen = Ipv4Address.parse(loop.to());
        assertTrue(Prefix.parse("10.3.0.0/16").contains(chosen), "the compressed region's first free address is "
                + "in a removed rack's range: " + chosen);
        Ipv4Address concrete = network.roles().concreteDestination(chosen);
        assertNotEquals(chosen, concrete);
        Forwarder original = new Forwarder(network.original());
        assertNotEquals(Disposition.LOOP,
                original.trace(loop.from(), chosen, 64).disposition(), "the unmapped address is a removed node's");
        Trace replayed = original.trace(loop.from(), concrete, 64);
        assertEquals(loop.disposition(), replayed.disposition());
        assertEquals(loop.at(), replayed.at());
        Ipv4Address kept = network.compressed().pods().get(0).address();
        assertEquals(kept, network.roles().concreteDestination(kept));
    }

    @Test
    void summariesUseThousandsSeparatorsAndSingulars() {
        CompressedNetwork network = compress(Shape.TUNNEL_RACKS, 20, 60, 30);
        assertEquals("1,200 nodes, 36,000 pods -> 4 nodes in 1 role, 1 router, 2 segments, 8 pods", network.summary());
    }
}
