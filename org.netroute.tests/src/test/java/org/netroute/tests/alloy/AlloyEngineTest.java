package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verifier;
import org.netroute.checker.verify.Verdict;

/** The Alloy engine's verdicts on small clusters whose answers a network engineer knows by heart. */
class AlloyEngineTest {

    private static final Clusters CLUSTERS = new Clusters();
    private final AlloyEngine engine = new AlloyEngine();

    @Test
    void tunnelBetweenRacksProvesEveryProperty() {
        Map<Property, AlloyResult> results = engine.checkAll(CLUSTERS.load("tunnel-two-racks.netroute"));
        results.forEach((property, result) -> assertEquals(Verdict.Status.PROVED, result.verdict().status(),
                property + ": " + result.verdict()));
    }

    @Test
    void routerDroppingVxlanDeniesCrossRackPods() {
        Verdict.Violated violated = violated("tunnel-port-denied.netroute", Property.REACHABILITY);
        assertEquals(Disposition.DENIED, violated.counterexample().disposition());
        assertEquals("core", violated.counterexample().at());
        assertEquals("web", violated.counterexample().from());
        assertEquals("db", violated.counterexample().to());
    }

    @Test
    void counterexampleSaysItWasConfirmedByReplay() {
        Verdict.Violated violated = violated("tunnel-port-denied.netroute", Property.REACHABILITY);
        assertTrue(violated.counterexample().explanation().contains("confirmed by replay"),
                violated.counterexample().explanation());
    }

    @Test
    void directNodeRoutesDoNotReachAnotherSegment() {
        Verdict.Violated violated = violated("native-adnr-two-segments.netroute", Property.REACHABILITY);
        assertEquals(Disposition.NO_ROUTE, violated.counterexample().disposition());
        assertEquals("p1", violated.counterexample().from());
        assertEquals("p3", violated.counterexample().to());
        assertEquals("a", violated.counterexample().at());
    }

    @Test
    void routerRouteToNodeWithDefaultBackLoops() {
        Verdict.Violated violated = violated("native-bgp-loop.netroute", Property.NO_LOOP);
        assertEquals(Disposition.LOOP, violated.counterexample().disposition());
    }

    @Test
    void podsReachEachOtherDespiteTheLoopOfUnusedAddresses() {
        assertEquals(Verdict.Status.PROVED,
                engine.check(CLUSTERS.load("native-bgp-loop.netroute"), Property.REACHABILITY).status());
    }

    @Test
    void tunnelOverheadOverflowsSmallWanLink() {
        Verdict.Violated violated = violated("tunnel-small-wan.netroute", Property.MTU);
        assertEquals(Disposition.MTU_EXCEEDED, violated.counterexample().disposition());
        assertEquals("left", violated.counterexample().at());
    }

    @Test
    void smallWanLinkStillCarriesTheProbe() {
        assertEquals(Verdict.Status.PROVED,
                engine.check(CLUSTERS.load("tunnel-small-wan.netroute"), Property.REACHABILITY).status());
    }

    @Test
    void timeLimitTooShortGivesUnknownWithTheReason() {
        Verifier hurried = new Verifier(null, EngineChoice.of(engine), Duration.ofMillis(1));
        Verdict verdict = hurried.verify(CLUSTERS.load("tunnel-two-racks.netroute")).properties().get(0).verdict();
        Verdict.Unknown unknown = assertInstanceOf(Verdict.Unknown.class, verdict);
        assertTrue(unknown.reason().startsWith("the alloy engine did not decide reachability within 0.001 s"), unknown.reason());
        assertEquals(Verdict.Status.PROVED,
                engine.check(CLUSTERS.load("tunnel-two-racks.netroute"), Property.REACHABILITY).status());
    }

    private Verdict.Violated violated(String example, Property property) {
        Verdict verdict = engine.check(CLUSTERS.load(example), property);
        return assertInstanceOf(Verdict.Violated.class, verdict, verdict.toString());
    }
}
