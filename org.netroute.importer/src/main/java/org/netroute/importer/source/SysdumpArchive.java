package org.netroute.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A {@code cilium sysdump} zip archive. Its file names carry timestamps and change between Cilium
 * releases, so every YAML and JSON entry is read and objects are recognised by their kind.
 * Entries are named {@code archive.zip!/entry} in messages.
 */
public final class SysdumpArchive implements ObjectSource {

    private final Path archive;

    public SysdumpArchive(Path archive) {
        this.archive = archive;
    }

    @Override
    public String description() {
        return archive.toString();
    }

    @Override
    public void read(ObjectSink sink) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries()).stream()
                    .filter(entry -> !entry.isDirectory() && ObjectSources.isObjectFile(entry.getName()))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            DocumentReader reader = new DocumentReader();
            for (ZipEntry entry : entries) {
                String name = archive + "!/" + entry.getName();
                try (InputStream input = zip.getInputStream(entry)) {
                    reader.read(name, input, sink);
                } catch (IOException e) {
                    sink.unreadable(new Origin(name, 0), "cannot read this entry of the archive: " + e.getMessage());
                }
            }
        } catch (ZipException e) {
            sink.unreadable(new Origin(archive.toString(), 0), "not a readable zip archive ("
                    + (e.getMessage() == null ? "corrupt" : e.getMessage()) + ")");
        } catch (IOException e) {
            sink.unreadable(new Origin(archive.toString(), 0), "cannot read: " + e.getMessage());
        }
    }
}
