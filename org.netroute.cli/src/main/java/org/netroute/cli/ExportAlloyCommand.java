package org.netroute.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.netroute.checker.alloy.AlloyExporter;
import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.topology.Topology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netroute export-alloy}: the Alloy semantics together with one cluster's configuration, as
 * a module the Alloy Analyzer opens, so a user can run the checks and browse instances there.
 */
@Command(name = "export-alloy", mixinStandardHelpOptions = true,
        description = "Write the Alloy module (semantics + instance) of each cluster of FILE.")
final class ExportAlloyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .netroute file")
    private Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE.als",
            description = "where to write; with several clusters, one FILE-<cluster>.als each (default: standard output)")
    private Path output;

    @Option(names = "--cluster", paramLabel = "NAME", description = "only this cluster, when the file holds several")
    private String clusterName;

    @Option(names = "--compressed", description = "the compressed network the proof runs on (docs/COMPRESSION.md),"
            + " not the cluster as written")
    private boolean compressed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<Topology>> selected = ClustersOfFile.load(file, clusterName, err);
        if (selected.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        List<Topology> clusters = selected.get();
        if (output == null && clusters.size() > 1) {
            err.println("netroute: " + file + " holds " + clusters.size()
                    + " clusters and an Alloy module holds one: choose one with --cluster or give -o");
            return ExitCodes.INPUT_ERROR;
        }
        AlloyExporter exporter = new AlloyExporter();
        if (output == null) {
            out.print(compressed ? exporter.module(CompressedNetwork.of(clusters.get(0)))
                    : exporter.module(clusters.get(0)));
            out.flush();
            return 0;
        }
        for (Topology topology : clusters) {
            Path target = clusters.size() == 1 ? output : perCluster(output, topology.name());
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            if (compressed) {
                exporter.writeModule(CompressedNetwork.of(topology), target);
            } else {
                exporter.writeModule(topology, target);
            }
            err.println("netroute: wrote " + target + " (cluster " + topology.name() + ")");
        }
        return 0;
    }

    private static Path perCluster(Path output, String cluster) {
        String name = output.getFileName().toString();
        String stem = name.endsWith(".als") ? name.substring(0, name.length() - 4) : name;
        return output.resolveSibling(stem + "-" + cluster + ".als");
    }
}
