package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.alloy.TheoremResult;
import org.netroute.checker.alloy.Theorems;
import org.netroute.checker.verify.Verdict;

/**
 * The seed's claims about Cilium's routing modes hold for every small cluster, not vacuously
 * (their premises are met by some cluster), and a false claim is refuted.
 */
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
    void theProvedClaimsPremisesHoldInSomeClusterWithPodsOnTwoSegments() {
        for (String claim : List.of("tunnelNeedsOnlyNodeReachability", "directNodeRoutesNeedASharedSegment")) {
            Optional<String> witness = theorems.witness(claim);
            assertTrue(witness.isPresent(), claim + " holds vacuously: no cluster meets its premises");
            assertTrue(witness.get().contains("Pod$1") && witness.get().contains("Segment$1"),
                    "two pods on two segments: " + witness.get());
        }
    }

    @Test
    void witnessesAreNoClaims() {
        assertEquals(List.of("tunnelNeedsOnlyNodeReachability", "directNodeRoutesNeedASharedSegment",
                "openFirewallsAloneConnectPods"), theorems.claims());
    }

    @Test
    void everyResultStatesItsScope() {
        TheoremResult result = theorems.check("tunnelNeedsOnlyNodeReachability");
        assertTrue(result.scope().contains("Node"), result.scope());
    }
}
