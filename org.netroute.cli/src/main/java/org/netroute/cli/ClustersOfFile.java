package org.netroute.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.report.TextReport;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;

/**
 * The clusters of one file that a single-file command works on: all of them, or the one named
 * with {@code --cluster}. Input errors are printed as {@code file:line:col: message}.
 */
final class ClustersOfFile {

    private ClustersOfFile() {
    }

    /** The selected clusters, or empty after the reason was printed to {@code err}. */
    static Optional<List<Topology>> load(Path file, String clusterName, PrintWriter err) {
        LoadedFile loaded = new ModelLoader().load(file);
        if (loaded.hasErrors()) {
            for (Diagnostic diagnostic : loaded.diagnostics()) {
                err.println(TextReport.diagnostic(loaded.file(), diagnostic));
            }
            return Optional.empty();
        }
        List<Topology> clusters = loaded.topologies().stream()
                .filter(topology -> clusterName == null || topology.name().equals(clusterName)).toList();
        if (clusters.isEmpty()) {
            err.println("netroute: " + file + " has no cluster" + (clusterName == null ? "" : " named " + clusterName));
            return Optional.empty();
        }
        return Optional.of(clusters);
    }
}
