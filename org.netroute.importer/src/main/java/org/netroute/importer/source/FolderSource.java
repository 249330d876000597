package org.netroute.importer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of dumps, searched recursively in name order: its YAML and JSON files, and the cilium
 * sysdump archives in it. Other files (logs, notes) are passed over.
 */
public final class FolderSource implements ObjectSource {

    private final Path folder;

    public FolderSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public String description() {
        return folder.toString();
    }

    @Override
    public void read(ObjectSink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> ObjectSources.isObjectFile(file.getFileName().toString())
                            || ObjectSources.isArchive(file.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.unreadable(new Origin(folder.toString(), 0), "cannot read the folder: " + e.getMessage());
            return;
        }
        for (Path file : files) {
            ObjectSources.of(file).read(sink);
        }
    }
}
