package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.PoolClusters;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

/**
 * Compressed Alloy against the uncompressed interpreter on the clusters compression is for: racks
 * of interchangeable nodes in the three shapes, with seeded local asymmetries (a rack's MTU, a
 * firewall at one node, null and static routes naming one node, a misrouted PodCIDR, a node
 * behind a router), and on clusters whose PodCIDRs come from pool CIDRs in join order
 * ({@link PoolClusters}: round-robin across racks, rack by rack, random; a discard route per pool,
 * for one pool, a summary route per pool towards the core; used-up pools, so that compression
 * vacates regions). Same verdict for every property, every Alloy counterexample (found on the
 * compressed network) replayed on the original along the same devices to the same failure, and
 * compression must really have happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SymmetricDifferentialTest {

    private static final int COUNT = Integer.getInteger("netroute.symmetric.count", 120);
    private static final int POOL_COUNT = Integer.getInteger("netroute.symmetric.pools", 80);

    private static final Map<Shape, List<FaultKind>> FAULTS = Map.of(
            Shape.TUNNEL_RACKS, List.of(FaultKind.RACK_MTU, FaultKind.NODE_FIREWALL, FaultKind.NULL_ROUTE,
                    FaultKind.STATIC_ROUTE, FaultKind.POD_NULL_ROUTE),
            Shape.NATIVE_BGP, List.of(FaultKind.RACK_MTU, FaultKind.NULL_ROUTE, FaultKind.STATIC_ROUTE,
                    FaultKind.MISROUTE, FaultKind.NODE_FIREWALL, FaultKind.UNPEERED),
            Shape.NATIVE_DIRECT, List.of(FaultKind.NODE_FIREWALL, FaultKind.NULL_ROUTE, FaultKind.STATIC_ROUTE,
                    FaultKind.OTHER_SEGMENT, FaultKind.BEHIND_ROUTER, FaultKind.POD_NULL_ROUTE),
            Shape.NATIVE_BGP_GATEWAY, List.of(FaultKind.RACK_MTU, FaultKind.NULL_ROUTE, FaultKind.STATIC_ROUTE,
                    FaultKind.POD_NULL_ROUTE));

    /** One cluster's answers from both engines. */
    private record Answers(long seed, String cluster, boolean reduced, boolean vacated,
            Map<Property, Verdict> interpreter, Map<Property, AlloyResult> alloy) {
    }

    private final List<Answers> campaign = new ArrayList<>();
    private final List<Answers> pools = new ArrayList<>();

    @BeforeAll
    void runBothEngines() {
        InterpreterEngine interpreter = new InterpreterEngine();
        for (long seed = 1; seed <= COUNT; seed++) {
            Random random = new Random(seed);
            Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
            int racks = 2 + random.nextInt(3);
            int perRack = 2 + random.nextInt(4);
            List<Fault> faults = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                List<FaultKind> kinds = FAULTS.get(shape);
                FaultKind kind = kinds.get(random.nextInt(kinds.size()));
                int rack = random.nextInt(racks);
                int node = kind == FaultKind.RACK_MTU ? 0 : random.nextInt(shape == Shape.NATIVE_DIRECT
                        ? racks * perRack : perRack);
                faults.add(new Fault(kind, shape == Shape.NATIVE_DIRECT ? 0 : rack, node));
            }
            Topology generated = RackClusters.generate(shape, racks, perRack, 1 + random.nextInt(3), faults);
            // half the campaign encrypted, chosen by the seed so that the draws above stay as they were
            Topology topology = seed % 4 == 1 ? RackClusters.encrypted(generated, Encryption.WIREGUARD)
                    : seed % 4 == 3 ? RackClusters.encrypted(generated, Encryption.IPSEC) : generated;
            campaign.add(answers(interpreter, seed, shape + " " + racks + "x" + perRack + " " + faults + " "
                    + topology.cilium().encryption(), topology));
        }
        for (long seed = 1; seed <= POOL_COUNT; seed++) {
            PoolClusters.Plan plan = PoolClusters.random(seed);
            pools.add(answers(interpreter, seed, plan.toString(), PoolClusters.generate(plan)));
        }
        campaign.addAll(pools);
    }

    private static Answers answers(InterpreterEngine interpreter, long seed, String cluster, Topology topology) {
        AlloyEngine alloy = new AlloyEngine(SatSolverChoice.sat4j());
        Map<Property, Verdict> expected = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            expected.put(property, interpreter.check(topology, property));
        }
        CompressedNetwork network = alloy.compressed(topology);
        return new Answers(seed, cluster, network.reduced(), !network.vacatedRegions().isEmpty(), expected,
                alloy.checkAll(topology));
    }

    @Test
    void compressedAlloyAndTheInterpreterAgreeOnEveryProperty() {
        List<String> disagreements = new ArrayList<>();
        for (Answers answers : campaign) {
            for (Property property : Property.values()) {
                Verdict expected = answers.interpreter().get(property);
                Verdict actual = answers.alloy().get(property).verdict();
                if (actual.status() != expected.status()) {
                    disagreements.add("seed " + answers.seed() + " (" + answers.cluster() + ") " + property.id()
                            + ": interpreter " + expected + ", Alloy " + actual);
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyCounterexampleFoundOnTheCompressedNetworkReplaysOnTheOriginal() {
        int replayed = 0;
        List<String> disagreements = new ArrayList<>();
        for (Answers answers : campaign) {
            for (AlloyResult result : answers.alloy().values()) {
                if (result.replay().isPresent()) {
                    replayed++;
                    if (!result.replay().get().agrees()) {
                        disagreements.add("seed " + answers.seed() + ": " + result.replay().get().disagreement());
                    }
                }
            }
        }
        assertTrue(replayed > COUNT / 5, "too few counterexamples to test the replay: " + replayed);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void compressionReallyRanAndEveryPropertyFailsSomewhere() {
        assertTrue(campaign.stream().filter(Answers::reduced).count() > campaign.size() / 2,
                "compression reduced too few clusters for this test to say anything about it");
        assertTrue(campaign.stream().filter(a -> a.reduced() && a.cluster().endsWith("IPSEC")).count() >= 5,
                "compression reduced too few IPsec clusters (CiliumInternalIPs mapped) to say anything about them");
        for (Property property : Property.values()) {
            assertTrue(campaign.stream().anyMatch(a -> a.interpreter().get(property).status() == Verdict.Status.VIOLATED),
                    "no cluster where " + property.id() + " is violated");
            assertTrue(campaign.stream().anyMatch(a -> a.interpreter().get(property).status() == Verdict.Status.PROVED),
                    "no cluster where " + property.id() + " is proved");
        }
    }

    @Test
    void poolClustersAreCompressedWithVacatedRegionsAndFailInEveryProperty() {
        assertTrue(pools.stream().filter(Answers::reduced).count() > POOL_COUNT / 2,
                "compression reduced too few pool clusters for this test to say anything about them");
        assertTrue(pools.stream().filter(Answers::vacated).count() >= POOL_COUNT / 8,
                "too few pool clusters with vacated regions (used-up pools) to test leaving them out");
        for (Property property : Property.values()) {
            assertTrue(pools.stream().anyMatch(a -> a.reduced() && a.vacated()
                    && a.interpreter().get(property).status() == Verdict.Status.VIOLATED),
                    "no compressed pool cluster with vacated regions where " + property.id() + " is violated");
        }
    }
}
