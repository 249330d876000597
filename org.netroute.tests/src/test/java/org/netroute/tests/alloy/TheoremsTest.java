package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.alloy.TheoremResult;
import org.netroute.checker.alloy.Theorems;
import org.netroute.checker.verify.Verdict;

/** The seed's claims about Cilium's routing modes hold for every small cluster, and a false claim is refuted. */
class TheoremsTest {

    private final Theorems theorems = new Theorems(SatSolverChoice.best(), Duration.ofMinutes(5));

    @Test
    void tunnelModeNeedsOnlyNodeReachability() {
        TheoremResult result = theorems.check("tunnelNeedsOnlyNodeReachability");
        assertEquals(Verdict.Status.PROVED, result.status(), result.detail());
    }

    @Test
    void directNodeRoutesCannotCrossSegments() {
        TheoremResult result = theorems.check("directNodeRoutesNeedASharedSegment");
        assertEquals(Verdict.Status.PROVED, result.status(), result.detail());
    }

    @Test
    void openFirewallsAloneDoNotConnectPods() {
        TheoremResult result = theorems.check("openFirewallsAloneConnectPods");
        assertEquals(Verdict.Status.VIOLATED, result.status(), result.detail());
    }

    @Test
    void everyResultStatesItsScope() {
        TheoremResult result = theorems.check("tunnelNeedsOnlyNodeReachability");
        assertTrue(result.scope().contains("Node"), result.scope());
    }
}
