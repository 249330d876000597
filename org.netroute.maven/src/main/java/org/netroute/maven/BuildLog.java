package org.netroute.maven;

import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.logging.Log;
import org.netroute.checker.report.CounterexampleWords;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * What a build log shows of a verification: diagnostics as {@code file:line:col}, one line per
 * cluster and property, and under a VIOLATED line the counterexample in words, at a level that
 * makes failures stand out (ERROR) and undecided properties noticeable (WARNING).
 */
final class BuildLog {

    private final Log log;

    BuildLog(Log log) {
        this.log = log;
    }

    void write(FileResult file) {
        for (Diagnostic diagnostic : file.diagnostics()) {
            String line = TextReport.diagnostic(file.file(), diagnostic);
            switch (diagnostic.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        for (ClusterResult cluster : file.clusters()) {
            for (PropertyResult result : cluster.properties()) {
                String line = String.format(Locale.ROOT, "%s: cluster %s: %-12s %s (%d ms)", file.file(), cluster.name(),
                        result.property().id(), result.verdict().status(), result.millis());
                if (result.verdict() instanceof Verdict.Violated violated) {
                    log.error(line);
                    for (String words : CounterexampleWords.paragraph(violated.counterexample()).split("\n")) {
                        log.error("    " + words);
                    }
                } else if (result.verdict() instanceof Verdict.Unknown unknown) {
                    log.warn(line + ": " + unknown.reason());
                } else {
                    log.info(line);
                }
            }
        }
    }

    void summary(List<FileResult> files) {
        long properties = files.stream().flatMap(file -> file.clusters().stream())
                .mapToLong(cluster -> cluster.properties().size()).sum();
        long clusters = files.stream().mapToLong(file -> file.clusters().size()).sum();
        StringBuilder counts = new StringBuilder();
        for (Verdict.Status status : Verdict.Status.values()) {
            long count = files.stream().flatMap(file -> file.clusters().stream())
                    .flatMap(cluster -> cluster.properties().stream())
                    .filter(result -> result.verdict().status() == status).count();
            counts.append(", ").append(count).append(' ').append(status);
        }
        long invalid = files.stream().filter(FileResult::hasErrors).count();
        log.info(String.format(Locale.ROOT, "NetRoute: %d file(s), %d cluster(s), %d propert%s%s%s", files.size(), clusters,
                properties, properties == 1 ? "y" : "ies", counts, invalid > 0 ? ", " + invalid + " file(s) with errors" : ""));
    }
}
