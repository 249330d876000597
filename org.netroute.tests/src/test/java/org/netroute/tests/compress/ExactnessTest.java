package org.netroute.tests.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.PoolClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RandomTopologies;

/**
 * The compressed network is exact: on regular clusters (each shape, several sizes, every fault
 * and pairs of faults), on pool clusters and on random ones, the interpreter's verdict on the
 * compressed topology equals its verdict on the original for every property, and every
 * counterexample found on the compressed topology, replayed on the original, ends the same way at
 * the same device. The one allowed difference is the one compression declares: a no-loop
 * counterexample whose destination lies in a vacated region (free in the compressed network only,
 * so no destination of the original; Alloy's instance leaves it out).
 */
class ExactnessTest {

    private final InterpreterEngine engine = new InterpreterEngine();

    @Test
    void compressedVerdictsEqualOriginalVerdictsAndCounterexamplesReplay() {
        List<Topology> clusters = new ArrayList<>(regularClusters());
        for (long seed = 1; seed <= 250; seed++) {
            clusters.add(RandomTopologies.generate(seed));
        }
        for (long seed = 1; seed <= 150; seed++) {
            clusters.add(PoolClusters.generate(PoolClusters.random(seed)));
        }
        int reduced = 0;
        int vacatedOnly = 0;
        int reducedUnderIpsec = 0;
        Map<Property, int[]> violated = new EnumMap<>(Property.class);
        for (Topology original : clusters) {
            CompressedNetwork network = CompressedNetwork.of(original);
            reduced += network.reduced() ? 1 : 0;
            reducedUnderIpsec += network.reduced() && original.cilium().encryption() == Encryption.IPSEC ? 1 : 0;
            for (Property property : Property.values()) {
                Verdict expected = engine.check(original, property);
                Verdict actual = engine.check(network.compressed(), property);
                String label = original.name() + " " + property.id() + " (" + network.summary() + ")";
                if (actual instanceof Verdict.Violated violation && property == Property.NO_LOOP
                        && inVacatedRegion(network, violation.counterexample())) {
                    vacatedOnly++;
                    continue;
                }
                assertEquals(expected.status(), actual.status(), label);
                if (actual instanceof Verdict.Violated violation) {
                    violated.computeIfAbsent(property, p -> new int[1])[0]++;
                    replay(network, property, violation.counterexample(), label);
                }
            }
        }
        assertTrue(clusters.size() >= 550, "clusters: " + clusters.size());
        assertTrue(clusters.stream().filter(cluster -> !CompressedNetwork.of(cluster).vacatedRegions().isEmpty())
                .count() >= 20, "too few clusters with vacated regions");
        System.out.println("no-loop counterexamples on the compressed network in a vacated region only: " + vacatedOnly);
        assertTrue(reduced >= 300, "reduced clusters: " + reduced);
        assertTrue(reducedUnderIpsec >= 20, "reduced clusters with IPsec (CiliumInternalIPs mapped): " + reducedUnderIpsec);
        for (Property property : Property.values()) {
            assertTrue(violated.containsKey(property) && violated.get(property)[0] >= 5,
                    "too few violations of " + property.id() + " to test the replay");
        }
    }

    /**
     * Whether a no-loop counterexample's destination is a free address of a vacated region: inside
     * one and in no PodCIDR of the compressed network.
     */
    private static boolean inVacatedRegion(CompressedNetwork network, Counterexample counterexample) {
        if (network.compressed().pod(counterexample.to()).isPresent()) {
            return false;
        }
        Ipv4Address destination = Ipv4Address.parse(counterexample.to());
        return network.vacatedRegions().stream().anyMatch(region -> region.contains(destination))
                && network.compressed().nodes().stream().noneMatch(node -> node.podCidr().contains(destination));
    }

    /** The counterexample's packet, sent in the original network, ends the same way at the same device. */
    private static void replay(CompressedNetwork network, Property property, Counterexample counterexample, String label) {
        Topology original = network.original();
        Forwarder forwarder = new Forwarder(original);
        Trace trace;
        if (property == Property.NO_LOOP) {
            Ipv4Address chosen = network.compressed().pod(counterexample.to()).map(Pod::address)
                    .orElseGet(() -> Ipv4Address.parse(counterexample.to()));
            trace = forwarder.trace(counterexample.from(), network.roles().concreteDestination(chosen), 64);
        } else {
            Pod from = original.pod(counterexample.from()).orElseThrow();
            Pod to = original.pod(counterexample.to()).orElseThrow();
            Node sender = original.node(from.node()).orElseThrow();
            int bytes = property == Property.MTU ? original.podMtu(sender) : 64;
            trace = forwarder.trace(from, to.address(), bytes);
        }
        assertEquals(counterexample.disposition(), trace.disposition(), label);
        assertEquals(counterexample.at(), trace.at(), label);
    }

    private static List<Topology> regularClusters() {
        List<Topology> clusters = new ArrayList<>();
        int[][] sizes = {{3, 3, 2}, {4, 3, 3}, {5, 4, 3}, {3, 5, 4}, {6, 3, 2}};
        for (Shape shape : Shape.values()) {
            for (int[] size : sizes) {
                int racks = size[0];
                int perRack = size[1];
                List<List<Fault>> faultSets = new ArrayList<>();
                faultSets.add(List.of());
                for (FaultKind kind : FaultKind.values()) {
                    for (int at = 0; at < 3; at++) {
                        faultSets.add(List.of(fault(shape, kind, racks, perRack, at)));
                    }
                }
                FaultKind[] kinds = FaultKind.values();
                for (int i = 0; i < kinds.length; i++) {
                    faultSets.add(List.of(fault(shape, kinds[i], racks, perRack, 0),
                            fault(shape, kinds[(i + 2) % kinds.length], racks, perRack, 1)));
                }
                for (List<Fault> faults : faultSets) {
                    Topology cluster = RackClusters.generate(shape, racks, perRack, size[2], faults);
                    clusters.add(cluster);
                    if (size == sizes[0] && faults.size() < 2) {
                        clusters.add(RackClusters.encrypted(cluster, Encryption.WIREGUARD));
                        clusters.add(RackClusters.encrypted(cluster, Encryption.IPSEC));
                    }
                }
            }
        }
        return clusters;
    }

    /** A fault spread over racks and nodes by {@code at}. */
    private static Fault fault(Shape shape, FaultKind kind, int racks, int perRack, int at) {
        if (shape == Shape.NATIVE_DIRECT) {
            return new Fault(kind, 0, (at * 5 + 1) % (racks * perRack));
        }
        return new Fault(kind, (at * 2 + 1) % racks, at % perRack);
    }
}
