package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netroute.checker.report.TopologySource;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * The report folder's Alloy side: every violation of a verified file as the Alloy instance that
 * shows it ({@code alloy-FILE-CLUSTER-PROPERTY.xml}), for the Alloy visualizer. The command line
 * and the Maven plugin both write it when Alloy took part in the verdicts.
 */
public final class CounterexampleInstances {

    private final AlloyExporter exporter;

    public CounterexampleInstances() {
        this(new AlloyExporter());
    }

    public CounterexampleInstances(AlloyExporter exporter) {
        this.exporter = exporter;
    }

    /**
     * Writes the instances of every VIOLATED property into a folder (created if needed).
     *
     * @return the files written
     * @throws UncheckedIOException when the folder or a file cannot be written
     */
    public List<Path> write(List<FileResult> results, TopologySource topologies, Path folder) {
        createFolder(folder);
        List<Path> written = new ArrayList<>();
        for (FileResult file : results) {
            if (file.hasErrors() || !file.has(Verdict.Status.VIOLATED)) {
                continue;
            }
            List<Topology> clusters = topologies.topologies(file);
            String stem = Path.of(file.file()).getFileName().toString().replaceFirst("\\.netroute$", "");
            for (int i = 0; i < file.clusters().size() && i < clusters.size(); i++) {
                Topology cluster = clusters.get(i);
                for (PropertyResult property : file.clusters().get(i).properties()) {
                    if (property.verdict() instanceof Verdict.Violated) {
                        Path target = folder.resolve("alloy-" + stem + "-" + cluster.name() + "-"
                                + property.property().id() + ".xml");
                        if (exporter.writeCounterexample(cluster, property.property(), target)) {
                            written.add(target);
                        }
                    }
                }
            }
        }
        return written;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
