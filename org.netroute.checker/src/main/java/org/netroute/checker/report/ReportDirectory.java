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

import org.netroute.checker.verify.FileResult;

/**
 * Writes a run's results into a folder, one file per chosen format ({@link ReportFormat#fileName()}):
 * what {@code netroute verify --out DIR} and the Maven plugin's {@code outputDirectory} produce.
 */
public final class ReportDirectory {

    private final Path directory;
    private final TopologySource topologies;

    /**
     * @param topologies where the HTML report gets the clusters it draws
     */
    public ReportDirectory(Path directory, TopologySource topologies) {
        this.directory = directory;
        this.topologies = topologies;
    }

    /** @return the files written, in the order of {@code formats} */
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
                    case HTML -> new HtmlReport().write(results, topologies, writer);
                }
            }
            written.add(file);
        }
        return written;
    }
}
