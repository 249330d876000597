package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.PoolClusters;
import org.netroute.tests.generate.RandomTopologies;

/**
 * Two independent semantics, one answer: on seeded random clusters (both routing modes, routers
 * with static, null and looping routes, firewalls, BGP, mixed MTUs, WireGuard and IPsec) the Alloy engine and the
 * interpreter must give the same verdict for every property, and every Alloy counterexample must
 * replay in the interpreter along the same devices to the same failure. Pool clusters
 * ({@link PoolClusters}: PodCIDRs from pool CIDRs in join order, with a discard or summary route
 * per pool) join the campaign, written as text and validated like the others. The Maven profile
 * {@code differential-campaign} runs 10,000 clusters ({@code -Dnetroute.differential.count=N} and
 * {@code -Dnetroute.differential.seed=N} change the size and the first seed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {

    private static final int COUNT = Integer.getInteger("netroute.differential.count", 400);
    private static final long FIRST_SEED = Long.getLong("netroute.differential.seed", 1L);
    /** Pool clusters per campaign: one for every eighth random cluster. */
    private static final int POOL_COUNT = Math.max(1, COUNT / 8);

    /** One cluster's answers from both engines. */
    private record Answers(String name, Map<Property, Verdict> interpreter, Map<Property, AlloyResult> alloy) {
    }

    private final List<Answers> campaign = new ArrayList<>();

    @BeforeAll
    void runBothEnginesOnRandomClusters() {
        AlloyEngine alloy = new AlloyEngine(SatSolverChoice.sat4j());
        InterpreterEngine interpreter = new InterpreterEngine();
        ModelLoader loader = new ModelLoader();
        long start = System.nanoTime();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
            campaign.add(answers(alloy, interpreter, loader, "random" + seed, RandomTopologies.generate(seed)));
        }
        for (long seed = FIRST_SEED; seed < FIRST_SEED + POOL_COUNT; seed++) {
            campaign.add(answers(alloy, interpreter, loader, "pools" + seed,
                    PoolClusters.generate(PoolClusters.random(seed))));
        }
        System.out.println(summary(Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Both engines' answers on one cluster, after it went through its text and the validator. */
    private static Answers answers(AlloyEngine alloy, InterpreterEngine interpreter, ModelLoader loader, String name,
            Topology topology) {
        LoadedFile file = loader.load(NetRouteText.render(topology), name + ".netroute", name + ".netroute");
        assertFalse(file.hasErrors(), () -> name + " is no valid cluster: " + file.diagnostics() + "\n"
                + NetRouteText.render(topology));
        Map<Property, Verdict> expected = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            expected.put(property, interpreter.check(topology, property));
        }
        return new Answers(name, expected, withoutSolutions(alloy.checkAll(topology)));
    }

    /**
     * The answers without Alloy's solutions: a campaign of 10,000 clusters that kept every
     * counterexample's solution (the whole Kodkod instance) ran out of heap after some 9,000.
     */
    private static Map<Property, AlloyResult> withoutSolutions(Map<Property, AlloyResult> results) {
        Map<Property, AlloyResult> kept = new EnumMap<>(Property.class);
        results.forEach((property, result) -> kept.put(property, new AlloyResult(result.property(), result.verdict(),
                result.finding(), result.replay(), Optional.empty(), result.time())));
        return kept;
    }

    /** What the campaign covered, printed so that a long run leaves its figures in the log. */
    private String summary(Duration time) {
        StringBuilder text = new StringBuilder("differential campaign: " + campaign.size() + " clusters, seeds "
                + FIRST_SEED + ".." + (FIRST_SEED + COUNT - 1) + " and " + POOL_COUNT + " pool clusters, "
                + time.toSeconds() + " s");
        for (Property property : Property.values()) {
            Map<Verdict.Status, Long> verdicts = new EnumMap<>(Verdict.Status.class);
            campaign.forEach(a -> verdicts.merge(a.interpreter().get(property).status(), 1L, Long::sum));
            Map<Disposition, Long> endings = new EnumMap<>(Disposition.class);
            campaign.stream().map(a -> a.interpreter().get(property))
                    .filter(verdict -> verdict instanceof Verdict.Violated)
                    .forEach(verdict -> endings.merge(((Verdict.Violated) verdict).counterexample().disposition(), 1L,
                            Long::sum));
            text.append("\n  ").append(property.id()).append(" (interpreter): ").append(verdicts)
                    .append(", counterexamples end ").append(endings);
        }
        long replays = campaign.stream().flatMap(a -> a.alloy().values().stream())
                .filter(result -> result.replay().isPresent()).count();
        return text.append("\n  Alloy counterexamples replayed: ").append(replays).toString();
    }

    @Test
    void alloyAndInterpreterAgreeOnEveryPropertyOfRandomClusters() {
        List<String> disagreements = new ArrayList<>();
        for (Answers answers : campaign) {
            for (Property property : Property.values()) {
                Verdict expected = answers.interpreter().get(property);
                Verdict actual = answers.alloy().get(property).verdict();
                if (actual.status() != expected.status()) {
                    disagreements.add(answers.name() + " " + property.id() + ": interpreter " + expected
                            + ", Alloy " + actual);
                }
            }
        }
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreements in " + COUNT
                + " clusters:\n" + String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))));
    }

    @Test
    void everyAlloyCounterexampleReplaysToTheSameFailure() {
        int replayed = 0;
        List<String> disagreements = new ArrayList<>();
        for (Answers answers : campaign) {
            for (AlloyResult result : answers.alloy().values()) {
                if (result.replay().isPresent()) {
                    replayed++;
                    if (!result.replay().get().agrees()) {
                        disagreements.add(answers.name() + ": " + result.replay().get().disagreement());
                    }
                }
            }
        }
        assertTrue(replayed > COUNT / 10, "too few counterexamples to test the replay: " + replayed);
        assertEquals(List.of(), disagreements);
    }

    @Test
    void campaignsCounterexamplesEndInEveryWayAPacketCanFail() {
        for (Disposition disposition : Disposition.values()) {
            if (disposition == Disposition.DELIVERED) {
                continue;
            }
            assertTrue(campaign.stream().flatMap(a -> a.alloy().values().stream())
                    .anyMatch(result -> result.finding().map(f -> f.disposition() == disposition).orElse(false)),
                    "no Alloy counterexample in the campaign ends " + disposition + ": too few clusters to test it");
        }
    }

    @Test
    void campaignCoversEveryVerdictOfEveryProperty() {
        for (Property property : Property.values()) {
            for (Verdict.Status status : List.of(Verdict.Status.PROVED, Verdict.Status.VIOLATED)) {
                assertTrue(campaign.stream().anyMatch(a -> a.interpreter().get(property).status() == status),
                        "no random cluster where " + property.id() + " is " + status);
            }
        }
    }
}
