package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netroute.checker.interpreter.Disposition;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.CrossCheckedEngine;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/** Two engines on one question: agreement passes through, a disagreement is loud, a timeout is only UNKNOWN. */
class CrossCheckedEngineTest {

    /** An engine that always gives the same answer and remembers the time limit it was given. */
    private record Fixed(String name, Verdict verdict, List<Duration> limits) implements Engine {

        Fixed(String name, Verdict verdict) {
            this(name, verdict, new ArrayList<>());
        }

        @Override
        public Verdict check(Topology topology, Property property) {
            return verdict;
        }

        @Override
        public Engine limitedTo(Duration perProperty) {
            limits.add(perProperty);
            return this;
        }
    }

    private static Verdict check(Engine... engines) {
        return new CrossCheckedEngine(List.of(engines)).check(null, Property.REACHABILITY);
    }

    @Test
    void agreeingEnginesGiveTheirCommonAnswer() {
        assertEquals(Verdict.Status.PROVED,
                check(new Fixed("a", Verdict.proved()), new Fixed("b", Verdict.proved())).status());
    }

    @Test
    void provedAgainstViolatedIsAnInternalErrorThatProvesNothing() {
        Counterexample counterexample = new Counterexample("web", "db", List.of(), "router", Disposition.NO_ROUTE,
                "no route", "add one");
        Verdict verdict = check(new Fixed("a", Verdict.proved()), new Fixed("b", Verdict.violated(counterexample)));
        assertEquals(Verdict.Status.UNKNOWN, verdict.status());
        String reason = ((Verdict.Unknown) verdict).reason();
        assertTrue(reason.startsWith("INTERNAL ERROR: the engines disagree (a says PROVED, b says VIOLATED)"), reason);
    }

    @Test
    void anEngineThatDidNotDecideLeavesThePropertyUnknownForItsReason() {
        Verdict verdict = check(new Fixed("alloy", Verdict.unknown("did not decide within 1 s")),
                new Fixed("interpreter", Verdict.proved()));
        assertEquals(Verdict.Status.UNKNOWN, verdict.status());
        String reason = ((Verdict.Unknown) verdict).reason();
        assertEquals("alloy: did not decide within 1 s", reason);
        assertFalse(reason.contains("INTERNAL ERROR"), reason);
    }

    @Test
    void aTimeLimitReachesEveryEngine() {
        Fixed first = new Fixed("a", Verdict.proved());
        Fixed second = new Fixed("b", Verdict.proved());
        new CrossCheckedEngine(List.of(first, second)).limitedTo(Duration.ofSeconds(7));
        assertEquals(List.of(Duration.ofSeconds(7)), first.limits());
        assertEquals(List.of(Duration.ofSeconds(7)), second.limits());
    }
}
