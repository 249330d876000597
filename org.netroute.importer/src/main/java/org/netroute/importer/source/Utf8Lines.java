package org.netroute.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of UTF-8 text, split where YAML splits them (line feed, carriage return and line feed,
 * lone carriage return), made into strings straight from the bytes: an ASCII line is copied, only
 * other lines are decoded, strictly. Each line's indentation and whether it holds a character YAML
 * treats specially are found in the same pass.
 */
final class Utf8Lines {

    private final InputStream input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[1 << 16];
    /** The unread bytes are {@code buffer[start, end)}. */
    private int start;
    private int end;
    private boolean exhausted;
    private int indent;
    private boolean special;

    Utf8Lines(InputStream input) {
        this.input = input;
    }

    /** The next line without its line break, or null at the end. */
    String next() throws IOException {
        int i = start;
        boolean ascii = true;
        special = false;
        indent = -1;
        while (true) {
            if (i == end) {
                if (exhausted) {
                    if (start == end) {
                        return null;
                    }
                    String line = line(start, end, ascii);
                    start = end;
                    return line;
                }
                i = fill(i);
                continue;
            }
            byte b = buffer[i];
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 == end && !exhausted) {
                    i = fill(i); // is it \r\n?
                    continue;
                }
                String line = line(start, i, ascii);
                start = b == '\r' && i + 1 < end && buffer[i + 1] == '\n' ? i + 2 : i + 1;
                return line;
            }
            if (b != ' ' && indent < 0) {
                indent = i - start;
            }
            if (b < 0) {
                ascii = false;
            } else if (b < 0x20 || b == 0x7F) {
                special = true;
            }
            i++;
        }
    }

    /** The last line's count of leading spaces; its length when it has nothing else. */
    int indent() {
        return indent;
    }

    /**
     * Whether the last line holds a tab, a control character, DEL, a C1 control, a line or paragraph
     * separator, a byte-order mark, a noncharacter U+FFFE/U+FFFF or a character outside the BMP.
     */
    boolean special() {
        return special;
    }

    private String line(int from, int to, boolean ascii) throws CharacterCodingException {
        if (indent < 0) {
            indent = to - from;
        }
        if (ascii) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        }
        String line = decoder.decode(ByteBuffer.wrap(buffer, from, to - from)).toString();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80 && (c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0xD800 && c <= 0xDFFF || c == 0xFEFF
                    || c >= 0xFFFE)) {
                special = true;
            }
        }
        return line;
    }

    /**
     * Moves the unread bytes to the front, grows the buffer when they fill it, and reads more;
     * returns where {@code position} (in the unread bytes) is now.
     */
    private int fill(int position) throws IOException {
        int offset = position - start;
        int unread = end - start;
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, unread);
            start = 0;
            end = unread;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = input.read(buffer, end, buffer.length - end);
        if (read < 0) {
            exhausted = true;
        } else {
            end += read;
        }
        return start + offset;
    }
}
