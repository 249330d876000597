package org.netroute.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The source a path on the command line or in the wizard stands for: a folder, a zip archive or a file. */
public final class ObjectSources {

    private ObjectSources() {
    }

    public static ObjectSource of(Path path) {
        if (Files.isDirectory(path)) {
            return new FolderSource(path);
        }
        if (isArchive(path.getFileName() == null ? "" : path.getFileName().toString()) || startsLikeZip(path)) {
            return new SysdumpArchive(path);
        }
        return new FileSource(path);
    }

    /** A file name that holds objects: YAML or JSON. */
    static boolean isObjectFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    static boolean isArchive(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            byte[] head = input.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
