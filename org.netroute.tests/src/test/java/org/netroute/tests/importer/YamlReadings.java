package org.netroute.tests.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.importer.source.FileSource;
import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubectlYaml;
import org.netroute.importer.source.ObjectSink;
import org.netroute.importer.source.Origin;
import org.netroute.importer.source.YamlDocuments;

/**
 * One YAML text read three ways, as lists of what each hands on (objects with their values and
 * lines, warnings, unreadable inputs): by the general parser, by the fast kubectl reader (empty
 * when it declines), and by a file source, which chooses between them.
 */
public final class YamlReadings {

    private static final String FILE = "dump.yaml";

    private YamlReadings() {
    }

    public static List<Object> general(String text) {
        Recording recording = new Recording();
        new YamlDocuments().read(FILE, new StringReader(text), recording);
        return recording.calls;
    }

    public static Optional<List<Object>> fast(String text) {
        Recording recording = new Recording();
        try {
            new KubectlYaml().read(FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), recording);
            return Optional.of(recording.calls);
        } catch (KubectlYaml.Declined e) {
            return Optional.empty();
        }
    }

    /** Through {@link FileSource}, from a file in {@code folder} named dump.yaml, as the importer reads it. */
    public static List<Object> viaFile(String text, Path folder) {
        Path file = folder.resolve(FILE);
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            Recording recording = new Recording();
            new FileSource(file).read(recording);
            // the same file name as the other two readings
            return recording.calls.stream().map(call -> call instanceof KubeObject object
                    ? new KubeObject(object.apiVersion(), object.kind(), object.namespace(), object.name(), object.body(),
                            new Origin(FILE, object.origin().line()), object.duplicateKeys())
                    : call instanceof Call other ? new Call(other.what(), new Origin(FILE, other.origin().line()),
                            other.message()) : call).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A warning or an unreadable input. */
    public record Call(String what, Origin origin, String message) {
    }

    private static final class Recording implements ObjectSink {

        private final List<Object> calls = new ArrayList<>();

        @Override
        public void object(KubeObject object) {
            calls.add(object);
        }

        @Override
        public void unreadable(Origin origin, String reason) {
            calls.add(new Call("unreadable", origin, reason));
        }

        @Override
        public void warning(Origin origin, String message) {
            calls.add(new Call("warning", origin, message));
        }
    }
}
