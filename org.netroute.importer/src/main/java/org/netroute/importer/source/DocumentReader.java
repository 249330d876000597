package org.netroute.importer.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One file's text as objects: JSON when its first character opens an object or array (as
 * {@code kubectl -o json} writes), YAML otherwise. YAML is read by {@link KubectlYaml} first; where
 * it declines, the file is opened again and {@link YamlDocuments} reads it, handing on only what
 * came after the objects already handed on.
 */
final class DocumentReader {

    private final KubectlYaml kubectlYaml = new KubectlYaml();
    private final YamlDocuments yaml = new YamlDocuments();
    private final JsonDocuments json = new JsonDocuments();

    /** A file's bytes, which can be read a second time. */
    @FunctionalInterface
    interface Input {
        InputStream open() throws IOException;
    }

    /** Reads {@code input}; failing to open it at all is left to the caller. */
    void read(String file, Input input, ObjectSink sink) throws IOException {
        InputStream first = input.open();
        try {
            int delivered;
            try (BufferedInputStream buffered = new BufferedInputStream(first, 1 << 16)) {
                if (startsLikeJson(buffered)) {
                    json.read(file, buffered, sink);
                    return;
                }
                CountingSink counting = new CountingSink(sink);
                try {
                    kubectlYaml.read(file, buffered, counting);
                    return;
                } catch (KubectlYaml.Declined e) {
                    delivered = counting.delivered;
                }
            }
            try (BufferedInputStream again = new BufferedInputStream(input.open(), 1 << 16)) {
                yaml.read(file, utf8(again), new SkippingSink(sink, delivered));
            }
        } catch (CharacterCodingException e) {
            sink.unreadable(new Origin(file, 0), "not UTF-8 text");
        } catch (IOException e) {
            sink.unreadable(new Origin(file, 0), "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                sink.unreadable(new Origin(file, 0), "not UTF-8 text");
            } else {
                throw e;
            }
        }
    }

    private static Reader utf8(InputStream input) {
        return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Looks at the first character that is not white space or a byte-order mark, and steps back. */
    private static boolean startsLikeJson(BufferedInputStream input) throws IOException {
        input.mark(1 << 12);
        try {
            for (int i = 0; i < 1 << 12; i++) {
                int next = input.read();
                if (next == '{' || next == '[') {
                    return true;
                }
                if (next < 0 || !(Character.isWhitespace(next) || next == 0xEF || next == 0xBB || next == 0xBF)) {
                    return false;
                }
            }
            return false;
        } finally {
            input.reset();
        }
    }

    /** Counts what the fast reader handed on before it declined. */
    private static final class CountingSink implements ObjectSink {

        private final ObjectSink sink;
        private int delivered;

        CountingSink(ObjectSink sink) {
            this.sink = sink;
        }

        @Override
        public void object(KubeObject object) {
            delivered++;
            sink.object(object);
        }

        @Override
        public void unreadable(Origin origin, String reason) {
            delivered++;
            sink.unreadable(origin, reason);
        }

        @Override
        public void warning(Origin origin, String message) {
            delivered++;
            sink.warning(origin, message);
        }
    }

    /** Passes over what the fast reader already handed on, the same objects read the same way. */
    private static final class SkippingSink implements ObjectSink {

        private final ObjectSink sink;
        private int skip;

        SkippingSink(ObjectSink sink, int skip) {
            this.sink = sink;
            this.skip = skip;
        }

        @Override
        public void object(KubeObject object) {
            if (skip-- <= 0) {
                sink.object(object);
            }
        }

        @Override
        public void unreadable(Origin origin, String reason) {
            if (skip-- <= 0) {
                sink.unreadable(origin, reason);
            }
        }

        @Override
        public void warning(Origin origin, String message) {
            if (skip-- <= 0) {
                sink.warning(origin, message);
            }
        }
    }
}
