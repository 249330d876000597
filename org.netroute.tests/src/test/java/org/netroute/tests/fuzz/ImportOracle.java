package org.netroute.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportRequest;
import org.netroute.importer.ImportResult;
import org.netroute.importer.Importer;
import org.netroute.importer.source.FileSource;

/**
 * {@code netroute import} on any dump, as the CLI runs it on a file: read, decide, write, validate.
 * Fails when it throws or hangs, when a finding names a line past the dump's end, or when an
 * import that succeeded hands out a file the language rejects.
 */
public final class ImportOracle {

    private final Importer importer = new Importer();
    private final ModelLoader loader = new ModelLoader();
    private final Path folder;
    private int dumps;

    public ImportOracle() {
        try {
            folder = Files.createTempDirectory("netroute-fuzz-import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportResult check(String dump, HangGuard guard) {
        Path file = folder.resolve("dump" + (dumps++) + (KubeDumpGrammar.isJson(dump) ? ".json" : ".yaml"));
        try {
            // as an editor saves it: a lone surrogate becomes '?' (writeString would refuse the text)
            Files.write(file, dump.getBytes(StandardCharsets.UTF_8));
            ImportResult result = guard.run("import", () -> importer.run(ImportRequest.of(List.of(new FileSource(file)))));
            int lines = TextPlaces.anyLineEnd(dump).lines();
            for (Finding finding : result.summary().findings()) {
                if (finding.origin().line() < 0 || finding.origin().line() > lines) {
                    throw new AssertionError("an import finding names line " + finding.origin().line() + " of a dump of "
                            + lines + " lines: " + finding);
                }
            }
            if (result.text().isPresent()) {
                LoadedFile written = guard.run("load the import", () -> loader.load(result.text().get(),
                        "imported.netroute", "imported.netroute"));
                if (written.hasErrors()) {
                    throw new AssertionError("import succeeded but wrote a file with errors " + written.diagnostics()
                            + ":\n" + result.text().get());
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the folder goes with the JVM's temp files
            }
        }
    }
}
