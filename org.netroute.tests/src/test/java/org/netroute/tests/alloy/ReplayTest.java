package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyFinding;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.alloy.Replay;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Property;

/** A counterexample is only as good as its replay: agreement is confirmed, disagreement is caught. */
class ReplayTest {

    private static final Clusters CLUSTERS = new Clusters();

    private final Topology denied = CLUSTERS.load("tunnel-port-denied.netroute");

    @Test
    void alloyCounterexampleAgreesWithTheInterpreter() {
        AlloyResult result = new AlloyEngine().result(denied, Property.REACHABILITY);
        assertTrue(result.replay().orElseThrow().agrees());
        assertEquals(List.of("worker1", "core"), result.finding().orElseThrow().path());
    }

    @Test
    void findingWithAnotherDispositionDisagrees() {
        AlloyFinding wrong = new AlloyFinding(Property.REACHABILITY, "web", Optional.of("web"),
                Ipv4Address.parse("10.0.2.20"), Optional.of("db"), 64, Disposition.NO_ROUTE, "core",
                List.of("worker1", "core"));
        Replay replay = Replay.of(denied, wrong);
        assertFalse(replay.agrees());
        assertTrue(replay.disagreement().contains("DENIED at core"), replay.disagreement());
    }

    @Test
    void findingAtAnotherDeviceDisagrees() {
        AlloyFinding wrong = new AlloyFinding(Property.REACHABILITY, "web", Optional.of("web"),
                Ipv4Address.parse("10.0.2.20"), Optional.of("db"), 64, Disposition.DENIED, "worker2",
                List.of("worker1", "core", "worker2"));
        assertFalse(Replay.of(denied, wrong).agrees());
    }

    @Test
    void findingAlongAnotherPathDisagreesThoughItEndsTheSame() {
        AlloyFinding wrong = new AlloyFinding(Property.REACHABILITY, "web", Optional.of("web"),
                Ipv4Address.parse("10.0.2.20"), Optional.of("db"), 64, Disposition.DENIED, "core",
                List.of("worker1", "worker2", "core"));
        Replay replay = Replay.of(denied, wrong);
        assertFalse(replay.agrees());
        assertTrue(replay.disagreement().contains("via worker1 > core:"), replay.disagreement());
    }
}
