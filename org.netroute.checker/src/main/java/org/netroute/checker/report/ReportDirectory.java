package org.netroute.checker.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Evidence;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;

/**
 * Writes a run's results into a folder, one file per chosen format ({@link ReportFormat#fileName()})
 * and one per piece of evidence the engines kept (e.g. {@code alloy-FILE-CLUSTER-PROPERTY.xml}):
 * what {@code netroute verify --out DIR} and the Maven plugin's {@code outputDirectory} produce.
 * Everything comes from the results; nothing is parsed or solved again.
 */
public final class ReportDirectory {

    private final Path directory;
    private final Path sourceRoot;

    /** A report folder whose SARIF file names the cluster files relative to the working directory. */
    public ReportDirectory(Path directory) {
        this(directory, Path.of(""));
    }

    /** @param sourceRoot the folder the SARIF file's URIs are relative to */
    public ReportDirectory(Path directory, Path sourceRoot) {
        this.directory = directory;
        this.sourceRoot = sourceRoot;
    }

    /** @return the files written: the formats in the order of {@code formats}, then the evidence */
    public List<Path> write(List<FileResult> results, Collection<ReportFormat> formats) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = directory.resolve(format.fileName());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                switch (format) {
                    case TEXT -> new TextReport().write(results, new PrintWriter(writer));
                    case JSON -> new JsonReport().write(results, writer);
                    case JUNIT -> new JUnitXmlReport().write(results, writer);
                    case HTML -> new HtmlReport().write(results, writer);
                    case SARIF -> new SarifReport(sourceRoot).write(results, writer);
                }
            }
            written.add(file);
        }
        written.addAll(evidence(results));
        return written;
    }

    private List<Path> evidence(List<FileResult> results) throws IOException {
        List<Path> written = new ArrayList<>();
        for (FileResult file : results) {
            String stem = Path.of(file.file()).getFileName().toString().replaceFirst("\\.netroute$", "");
            for (ClusterResult cluster : file.clusters()) {
                for (PropertyResult property : cluster.properties()) {
                    for (Evidence evidence : property.evidence()) {
                        Path target = directory.resolve(evidence.fileName(stem + "-" + cluster.name() + "-"
                                + property.property().id()));
                        evidence.write(target);
                        written.add(target);
                    }
                }
            }
        }
        return written;
    }
}
