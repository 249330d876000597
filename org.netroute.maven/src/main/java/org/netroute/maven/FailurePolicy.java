package org.netroute.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.report.CounterexampleWords;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * Decides whether a build fails, and says why in the words the build's failure message shows:
 * input errors always fail it; VIOLATED and UNKNOWN fail it unless switched off.
 */
record FailurePolicy(boolean failOnViolation, boolean failOnUnknown) {

    /** The failure message, or empty when the build passes. */
    Optional<String> failure(List<FileResult> files) {
        List<String> reasons = new ArrayList<>();
        for (FileResult file : files) {
            for (Diagnostic diagnostic : file.diagnostics()) {
                if (diagnostic.isError()) {
                    reasons.add(TextReport.diagnostic(file.file(), diagnostic));
                }
            }
            for (ClusterResult cluster : file.clusters()) {
                for (PropertyResult result : cluster.properties()) {
                    String where = file.file() + ": cluster " + cluster.name() + ": " + result.property().id() + " ";
                    if (failOnViolation && result.verdict() instanceof Verdict.Violated violated) {
                        reasons.add(where + "VIOLATED: " + CounterexampleWords.summary(violated.counterexample()));
                    } else if (failOnUnknown && result.verdict() instanceof Verdict.Unknown unknown) {
                        reasons.add(where + "UNKNOWN: " + unknown.reason());
                    }
                }
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("NetRoute verification failed:\n  " + String.join("\n  ", reasons));
    }
}
