package org.netroute.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** One YAML or JSON file of objects, as {@code kubectl get -o yaml|json} or {@code helm template} write it. */
public final class FileSource implements ObjectSource {

    private final Path file;

    public FileSource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public void read(ObjectSink sink) {
        try (InputStream input = Files.newInputStream(file)) {
            new DocumentReader().read(file.toString(), input, sink);
        } catch (NoSuchFileException e) {
            sink.unreadable(new Origin(file.toString(), 0), "no such file or folder");
        } catch (IOException e) {
            sink.unreadable(new Origin(file.toString(), 0), "cannot read: " + e.getMessage());
        }
    }
}
