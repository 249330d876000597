package org.netroute.checker.verify;

import java.util.List;

/**
 * The outcome of verifying one file: its diagnostics and, only when none is an error, one result
 * per cluster in file order.
 */
public record FileResult(String file, List<Diagnostic> diagnostics, List<ClusterResult> clusters) {

    public FileResult {
        diagnostics = List.copyOf(diagnostics);
        clusters = List.copyOf(clusters);
    }

    /** A file that could not be read at all: one error without a line. */
    public static FileResult unreadable(String file, String message) {
        return new FileResult(file, List.of(new Diagnostic(Severity.ERROR, 0, 0, message)), List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether some property of some cluster has this status. */
    public boolean has(Verdict.Status status) {
        return clusters.stream().flatMap(cluster -> cluster.properties().stream())
                .anyMatch(result -> result.verdict().status() == status);
    }
}
