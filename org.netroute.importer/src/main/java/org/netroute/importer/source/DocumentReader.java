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
 * {@code kubectl -o json} writes), YAML otherwise. YAML would read the JSON too, only slower.
 */
final class DocumentReader {

    private final YamlDocuments yaml = new YamlDocuments();
    private final JsonDocuments json = new JsonDocuments();

    void read(String file, InputStream input, ObjectSink sink) {
        try (BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16)) {
            if (startsLikeJson(buffered)) {
                json.read(file, buffered, sink);
            } else {
                Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                yaml.read(file, reader, sink);
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
}
