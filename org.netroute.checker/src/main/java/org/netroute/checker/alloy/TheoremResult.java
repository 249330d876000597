package org.netroute.checker.alloy;

import java.time.Duration;

import org.netroute.checker.verify.Verdict;

/**
 * The answer about one claim of theorems.als: PROVED means it holds for every cluster within the
 * scope (no counterexample exists there), VIOLATED that Alloy found a cluster where it fails.
 *
 * @param claim  the assertion's name in theorems.als
 * @param scope  the bounds the claim was checked within, as the check command states them
 * @param detail the reason of an UNKNOWN, or a summary of the counterexample
 * @param expected what theorems.als expects ({@code expect 0}: PROVED, {@code expect 1}: VIOLATED, for a
 *                 control claim that shows the checks can fail), or UNKNOWN when it states no expectation
 */
public record TheoremResult(String claim, String scope, Verdict.Status status, Duration time, String detail,
        Verdict.Status expected) {

    /** Whether the answer is what theorems.als expects (a claim with no expectation must be PROVED). */
    public boolean asExpected() {
        return status == (expected == Verdict.Status.UNKNOWN ? Verdict.Status.PROVED : expected);
    }
}
