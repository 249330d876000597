package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Agreement;
import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;

/**
 * Several engines on one question: agreement passes through, a disagreement is loud, a timeout is
 * only UNKNOWN; the pipeline's one time limit reaches every engine, and a cancel stops the run.
 */
class AgreementTest {

    /** An engine that always gives the same answer, after a pause. */
    private record Fixed(String name, Verdict verdict, Duration pause) implements Engine {

        Fixed(String name, Verdict verdict) {
            this(name, verdict, Duration.ZERO);
        }

        @Override
        public Verdict check(Topology topology, Property property) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return verdict;
        }
    }

    private static Verdict agreed(Engine... engines) {
        return Agreement.of(List.of(engines).stream().map(engine -> Answer.of(engine.name(), engine.check(null,
                Property.REACHABILITY))).toList());
    }

    private static final Topology EMPTY = Clusters.topology("cluster c { }");

    @Test
    void agreeingEnginesGiveTheirCommonAnswer() {
        assertEquals(Verdict.Status.PROVED,
                agreed(new Fixed("a", Verdict.proved()), new Fixed("b", Verdict.proved())).status());
    }

    @Test
    void provedAgainstViolatedIsAnInternalErrorThatProvesNothing() {
        Counterexample counterexample = new Counterexample("web", "db", List.of(), "router", Disposition.NO_ROUTE,
                "no route", "add one");
        Verdict verdict = agreed(new Fixed("a", Verdict.proved()), new Fixed("b", Verdict.violated(counterexample)));
        String reason = assertInstanceOf(Verdict.Unknown.class, verdict).reason();
        assertTrue(reason.startsWith("INTERNAL ERROR: the engines disagree (a says PROVED, b says VIOLATED)"), reason);
    }

    @Test
    void anEngineThatDidNotDecideLeavesThePropertyUnknownForItsReason() {
        Verdict verdict = agreed(new Fixed("alloy", Verdict.unknown("did not decide within 1 s")),
                new Fixed("interpreter", Verdict.proved()));
        String reason = assertInstanceOf(Verdict.Unknown.class, verdict).reason();
        assertEquals("interpreter: PROVED in 0.0 s; alloy: did not decide within 1 s", reason);
        assertFalse(reason.contains("INTERNAL ERROR"), reason);
    }

    @Test
    void theTimeLimitReachesEveryEngineAndKeepsEachAnswer() {
        Engine slow = new Fixed("slow", Verdict.proved(), Duration.ofSeconds(5));
        Engine quick = new Fixed("quick", Verdict.proved());
        ClusterResult result = new Verifier(null, new EngineChoice("both", List.of(quick, slow)), Duration.ofMillis(200))
                .verify(EMPTY);
        String reason = assertInstanceOf(Verdict.Unknown.class, result.properties().get(0).verdict()).reason();
        assertTrue(reason.startsWith("quick: PROVED in "), reason);
        assertTrue(reason.contains("; slow: the slow engine did not decide reachability within 0.2 s"), reason);
        assertEquals(List.of("quick", "slow"),
                result.properties().get(0).answers().stream().map(Answer::engine).toList());
        assertEquals(Verdict.Status.PROVED, result.properties().get(0).answers().get(0).verdict().status());
    }

    @Test
    void aFinishedAnswerIsKeptWhileASlowerEngineIsAwaitedFirst() {
        // the slow engine is awaited first; the quick one finished long before, and its deadline
        // passed while the slow one was awaited: its answer must still be taken
        Engine slow = new Fixed("slow", Verdict.proved(), Duration.ofSeconds(5));
        Engine quick = new Fixed("quick", Verdict.proved(), Duration.ofMillis(50));
        ClusterResult result = new Verifier(null, new EngineChoice("both", List.of(slow, quick)), Duration.ofMillis(400))
                .verify(EMPTY);
        for (var property : result.properties()) {
            assertEquals(Verdict.Status.PROVED, property.answers().get(1).verdict().status(), property.toString());
            String reason = assertInstanceOf(Verdict.Unknown.class, property.verdict()).reason();
            assertTrue(reason.startsWith("quick: PROVED in 0."), reason);
            assertTrue(reason.contains("slow: the slow engine did not decide " + property.property().id()), reason);
        }
    }

    @Test
    void anEngineThatAnsweredViolatedIsNamedWithItsCounterexampleInTheUnknown() {
        Counterexample counterexample = new Counterexample("web", "db", List.of(), "core", Disposition.NO_ROUTE,
                "no route", "add one");
        Verdict verdict = Agreement.of(List.of(Answer.of("alloy", Verdict.unknown("did not decide within 1 s")),
                Answer.of("interpreter", Verdict.violated(counterexample)).took(Duration.ofMillis(2_140))));
        assertEquals("interpreter: VIOLATED in 2.1 s (web -> db: NO_ROUTE at core); alloy: did not decide within 1 s",
                assertInstanceOf(Verdict.Unknown.class, verdict).reason());
    }

    @Test
    void aCanceledRunStopsWhileTheEngineWorks() {
        Engine slow = new Fixed("slow", Verdict.proved(), Duration.ofSeconds(30));
        Monitor canceled = new Monitor() {
            @Override
            public boolean canceled() {
                return true;
            }
        };
        long start = System.nanoTime();
        assertThrows(CancellationException.class,
                () -> new Verifier(null, EngineChoice.of(slow), Duration.ofMinutes(1)).verify(EMPTY, canceled));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "the cancel was not seen");
    }
}
