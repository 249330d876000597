package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.Optional;

import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * The Alloy engine's answer about one property, with the evidence behind it: Alloy's own
 * counterexample, its replay by the interpreter and the solution (all empty when proved).
 *
 * @param time the time spent on this property (its check and, for the first, the shared parse)
 */
public record AlloyResult(Property property, Verdict verdict, Optional<AlloyFinding> finding,
        Optional<Replay> replay, Optional<InstanceEvidence> instance, Duration time) {
}
