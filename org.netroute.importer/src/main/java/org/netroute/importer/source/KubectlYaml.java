package org.netroute.importer.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the YAML that kubectl, helm and cilium sysdumps print (block mappings and sequences, plain,
 * quoted and literal scalars, empty {@code {}} and {@code []}, several documents) line by line,
 * several times faster than a general YAML parser: a 150,000-endpoint dump is 112 MB of such text.
 * It builds exactly the values {@link YamlDocuments} builds from the same text, and declines
 * everything else (anchors, tags, flow collections, tabs, folded scalars, anything malformed) by
 * throwing {@link Declined}, so that the general parser reads the file and reports its errors.
 */
public final class KubectlYaml {

    /** Deeper nesting than this is left to the general parser. */
    private static final int MAX_DEPTH = 200;
    /** The longest key read here; YAML limits simple keys to 1024 characters. */
    private static final int MAX_KEY = 1000;

    /** The text uses YAML this reader leaves to the general parser; nothing was wrong with reading it. */
    public static final class Declined extends Exception {

        private static final long serialVersionUID = 1L;

        Declined(int line, String what) {
            super("line " + line + ": " + what, null, false, false);
        }
    }

    /**
     * Reads every document of {@code reader}. Objects completed before a {@link Declined} have
     * already been handed to {@code sink}; they are the first ones the general parser hands on.
     */
    public void read(String file, InputStream input, ObjectSink sink) throws Declined {
        new Run(new Utf8Lines(input), new TreeBuilder(file, sink)).stream();
    }

    /** One reading: the line under the cursor and the tree being built. */
    private static final class Run {

        private final Utf8Lines lines;
        private final TreeBuilder builder;
        private final StringBuilder text = new StringBuilder();
        /** The current line, or null at the end; its number and indentation (its length when blank). */
        private String line;
        private int number;
        private int indent;
        private int depth;
        /** Set by {@link #keyEnd}: the key it read. */
        private String key;

        Run(Utf8Lines lines, TreeBuilder builder) {
            this.lines = lines;
            this.builder = builder;
        }

        void stream() throws Declined {
            advance();
            while (true) {
                skipInsignificant();
                if (line == null) {
                    return;
                }
                if (isDocumentMarker()) {
                    advance(); // a document with nothing in it hands nothing on
                    continue;
                }
                node(indent);
                skipInsignificant();
                if (line != null && !isDocumentMarker()) {
                    throw declined("text after the document's end");
                }
                builder.endDocument();
            }
        }

        /** A mapping or a sequence starting on the current line, at {@code at}. */
        private void node(int at) throws Declined {
            if (isSequenceEntry(line, at)) {
                sequence(at);
            } else if (keyEnd(line, at) >= 0) {
                mapping(at);
            } else {
                throw declined("a scalar or flow node where a block mapping or sequence was expected");
            }
        }

        /** A block mapping whose entries are at column {@code at}; the current line is its first. */
        private void mapping(int at) throws Declined {
            enter();
            builder.startMapping(number);
            while (true) {
                int after = keyEnd(line, at);
                if (after < 0) {
                    throw declined("not a mapping entry");
                }
                builder.key(key, number);
                int value = skipSpaces(line, after);
                if (value == line.length() || line.charAt(value) == '#') {
                    blockValue(at, true);
                } else {
                    inline(at, value);
                }
                skipInsignificant();
                if (line == null || indent < at || isDocumentMarker()) {
                    break;
                }
                if (indent > at || isSequenceEntry(line, at)) {
                    throw declined("a line indented unlike its mapping");
                }
            }
            builder.end();
            depth--;
        }

        /** A block sequence whose dashes are at column {@code at}; the current line is its first. */
        private void sequence(int at) throws Declined {
            enter();
            builder.startSequence(number);
            while (true) {
                int item = skipSpaces(line, at + 1);
                if (item == line.length() || line.charAt(item) == '#') {
                    blockValue(at, false);
                } else if (keyEnd(line, item) >= 0 || isSequenceEntry(line, item)) {
                    // "- key: value" and "- - item": the dash counts as indentation
                    line = " ".repeat(item) + line.substring(item);
                    indent = item;
                    node(item);
                } else {
                    inline(at, item);
                }
                skipInsignificant();
                if (line == null || indent < at || isDocumentMarker()) {
                    break;
                }
                if (indent > at) {
                    throw declined("a line indented unlike its sequence");
                }
                if (!isSequenceEntry(line, at)) {
                    break; // the next key of the mapping this sequence is the value of
                }
            }
            builder.end();
            depth--;
        }

        /** The value of the entry on the current line is on the lines below it (or is null). */
        private void blockValue(int at, boolean sequenceMayShareIndent) throws Declined {
            int owner = number;
            advance();
            skipInsignificant();
            if (line != null && indent > at) {
                node(indent);
            } else if (line != null && indent == at && sequenceMayShareIndent && isSequenceEntry(line, at)) {
                sequence(at);
            } else {
                builder.value(new KubeValue.Scalar(null, owner));
            }
        }

        /** A value starting at column {@code start} of the current line, of an entry at column {@code at}. */
        private void inline(int at, int start) throws Declined {
            char first = line.charAt(start);
            switch (first) {
                case '\'' -> singleQuoted(at, start);
                case '"' -> doubleQuoted(at, start);
                case '|' -> literal(at, start);
                case '{', '[' -> emptyCollection(start);
                default -> {
                    if (!startsPlain(line, start)) {
                        throw declined("a value starting with '" + first + "'");
                    }
                    plain(at, start);
                }
            }
        }

        private void emptyCollection(int start) throws Declined {
            String rest = line.substring(start).stripTrailing();
            if (rest.equals("{}")) {
                builder.startMapping(number);
            } else if (rest.equals("[]")) {
                builder.startSequence(number);
            } else {
                throw declined("a flow collection");
            }
            builder.end();
            advance();
        }

        /** A plain scalar, folded over more indented lines below. */
        private void plain(int at, int start) throws Declined {
            int first = number;
            String head = line.substring(start).stripTrailing();
            checkPlainLine(head);
            text.setLength(0);
            text.append(head);
            advance();
            while (true) {
                int blanks = 0;
                while (line != null && indent == line.length()) {
                    blanks++;
                    advance();
                }
                if (line == null || indent <= at || line.charAt(indent) == '#') {
                    break;
                }
                String more = line.substring(indent).stripTrailing();
                if (!startsPlain(more, 0)) {
                    throw declined("a continued plain scalar's line starting with an indicator");
                }
                checkPlainLine(more);
                text.append(blanks == 0 ? " " : "\n".repeat(blanks)).append(more);
                advance();
            }
            String value = text.toString();
            builder.value(new KubeValue.Scalar(YamlDocuments.isNullText(value) ? null : value, first));
        }

        private void checkPlainLine(String plain) throws Declined {
            int last = plain.length() - 1;
            for (int i = 0; i <= last; i++) {
                char c = plain.charAt(i);
                if (c == ':' && (i == last || plain.charAt(i + 1) == ' ') || c == ' ' && i < last && plain.charAt(i + 1) == '#') {
                    throw declined("a plain scalar with ': ' or ' #' in it");
                }
            }
        }

        /** A single-quoted scalar ({@code ''} is a quote), folded over lines below. */
        private void singleQuoted(int at, int start) throws Declined {
            int first = number;
            text.setLength(0);
            int i = start + 1;
            while (true) {
                int lineStart = text.length();
                int end = singleQuotedLine(line, i, text);
                if (end >= 0) {
                    finishQuoted(end);
                    break;
                }
                fold(at, lineStart, false);
                i = indent;
            }
            builder.value(new KubeValue.Scalar(text.toString(), first));
        }

        /** A double-quoted scalar with YAML's escapes, folded over lines below. */
        private void doubleQuoted(int at, int start) throws Declined {
            int first = number;
            text.setLength(0);
            int i = start + 1;
            while (true) {
                int end = doubleQuotedLine(line, i, text);
                if (end >= 0) {
                    finishQuoted(end);
                    break;
                }
                fold(at, lastEscape, end == ESCAPED_BREAK); // spaces written as escapes stay
                i = indent;
            }
            builder.value(new KubeValue.Scalar(text.toString(), first));
        }

        /** After a quoted scalar's closing quote only spaces may follow. */
        private void finishQuoted(int end) throws Declined {
            if (skipSpaces(line, end) != line.length()) {
                throw declined("text after a quoted scalar");
            }
            advance();
        }

        /**
         * A quoted scalar goes on: trailing spaces before the break go (down to {@code keep}),
         * the break becomes a space or, after blank lines, one line feed each.
         */
        private void fold(int at, int keep, boolean escapedBreak) throws Declined {
            if (!escapedBreak) {
                int end = text.length();
                while (end > keep && text.charAt(end - 1) == ' ') {
                    end--;
                }
                text.setLength(end);
            }
            advance();
            int blanks = 0;
            while (line != null && indent == line.length()) {
                blanks++;
                advance();
            }
            if (line == null || indent <= at) {
                throw declined("a quoted scalar's lines not indented below its key");
            }
            text.append(blanks > 0 ? "\n".repeat(blanks) : escapedBreak ? "" : " ");
        }

        /** A literal block scalar ({@code |}, {@code |-}, {@code |+}). */
        private void literal(int at, int start) throws Declined {
            int first = number;
            String header = line.substring(start + 1).stripTrailing();
            if (!header.isEmpty() && !header.equals("-") && !header.equals("+")) {
                throw declined("a block scalar header other than |, |- and |+");
            }
            advance();
            int leading = 0;
            int longestLeading = 0;
            while (line != null && indent == line.length()) {
                leading++;
                longestLeading = Math.max(longestLeading, line.length());
                advance();
            }
            if (line == null || indent <= at) {
                throw declined("an empty block scalar");
            }
            int content = indent;
            if (longestLeading > content) {
                throw declined("a block scalar's leading blank line longer than its indentation");
            }
            text.setLength(0);
            text.append("\n".repeat(leading));
            int trailing;
            while (true) {
                text.append(line, content, line.length()).append('\n');
                advance();
                int blanks = 0;
                while (line != null && indent == line.length()) {
                    if (line.length() > content) {
                        throw declined("a block scalar's blank line longer than its indentation");
                    }
                    blanks++;
                    advance();
                }
                if (line == null && (blanks == 0 || header.equals("+"))) {
                    // whether the file's last line ends in a line break is not known here
                    throw declined("a block scalar ending the file");
                }
                if (line == null || indent < content) {
                    trailing = blanks;
                    break;
                }
                text.append("\n".repeat(blanks));
            }
            if (header.equals("-")) {
                text.setLength(text.length() - 1);
            } else if (header.equals("+")) {
                text.append("\n".repeat(trailing));
            }
            builder.value(new KubeValue.Scalar(text.toString(), first));
        }

        /**
         * If a mapping key starts at {@code start} of {@code s} (plain or quoted, then ':' and a
         * space or the line's end), sets {@link #key} and returns the column after the ':'; else -1.
         */
        private int keyEnd(String s, int start) throws Declined {
            if (start >= s.length()) {
                return -1;
            }
            char first = s.charAt(start);
            int colon;
            if (first == '\'' || first == '"') {
                StringBuilder quoted = new StringBuilder();
                int end = first == '\'' ? singleQuotedLine(s, start + 1, quoted) : doubleQuotedLine(s, start + 1, quoted);
                if (end < 0) {
                    return -1; // a quoted value continued below, not a key
                }
                colon = skipSpaces(s, end);
                if (colon == s.length() || s.charAt(colon) != ':' || !breaksAfter(s, colon)) {
                    return -1;
                }
                key = quoted.toString();
            } else {
                if (!startsPlain(s, start)) {
                    return -1;
                }
                colon = start;
                while (true) {
                    colon = s.indexOf(':', colon);
                    if (colon < 0) {
                        return -1;
                    }
                    if (breaksAfter(s, colon)) {
                        break;
                    }
                    colon++;
                }
                int last = colon;
                while (s.charAt(last - 1) == ' ') {
                    last--;
                }
                for (int i = start; i < last; i++) {
                    if (s.charAt(i) == '#' && s.charAt(i - 1) == ' ') {
                        throw declined("a comment inside a key");
                    }
                }
                key = s.substring(start, last);
            }
            if (colon - start > MAX_KEY) {
                throw declined("a key longer than " + MAX_KEY + " characters");
            }
            return colon + 1;
        }

        private void enter() throws Declined {
            if (++depth > MAX_DEPTH) {
                throw declined("nesting deeper than " + MAX_DEPTH);
            }
        }

        private void skipInsignificant() throws Declined {
            while (line != null && (indent == line.length() || line.charAt(indent) == '#')) {
                advance();
            }
        }

        private boolean isDocumentMarker() throws Declined {
            if (indent != 0 || !(line.startsWith("---") || line.startsWith("..."))) {
                return false;
            }
            if (line.length() > 3 && line.charAt(3) != ' ') {
                return false; // a plain scalar such as ---x
            }
            if (line.startsWith("...") || !line.substring(3).isBlank()) {
                throw declined("a document end marker, or content on a --- line");
            }
            return true;
        }

        /** Reads the next line; declines the characters and line breaks YAML treats specially. */
        private void advance() throws Declined {
            try {
                line = lines.next();
            } catch (IOException e) { // not UTF-8 among them: the general parser says where
                throw new Declined(number + 1, "unreadable: " + e.getMessage());
            }
            number++;
            if (line == null) {
                return;
            }
            if (lines.special()) {
                throw declined("a tab, control, surrogate or special character");
            }
            indent = lines.indent();
        }

        private Declined declined(String what) {
            return new Declined(number, what);
        }

        /** Set by {@link #doubleQuotedLine}: the text's length after its last escape, or where the line began. */
        private int lastEscape;

        private static final int ESCAPED_BREAK = -2;

        /**
         * Reads double-quoted text from {@code i} to the closing quote (returns the column after
         * it), or to the line's end (returns -1, or {@link #ESCAPED_BREAK} after a final backslash).
         */
        private int doubleQuotedLine(String s, int i, StringBuilder out) throws Declined {
            lastEscape = out.length();
            int length = s.length();
            while (i < length) {
                char c = s.charAt(i);
                if (c == '"') {
                    return i + 1;
                }
                if (c != '\\') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 == length) {
                    return ESCAPED_BREAK;
                }
                char escape = s.charAt(i + 1);
                i += 2;
                switch (escape) {
                    case '0' -> out.append('\0');
                    case 'a' -> out.append('\u0007');
                    case 'b' -> out.append('\b');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'v' -> out.append('\u000B');
                    case 'f' -> out.append('\f');
                    case 'r' -> out.append('\r');
                    case 'e' -> out.append('\u001B');
                    case ' ', '"', '/', '\\' -> out.append(escape);
                    case 'N' -> out.append('\u0085');
                    case '_' -> out.append('\u00A0');
                    case 'L' -> out.append('\u2028');
                    case 'P' -> out.append('\u2029');
                    case 'x' -> i = hex(s, i, 2, out);
                    case 'u' -> i = hex(s, i, 4, out);
                    case 'U' -> i = hex(s, i, 8, out);
                    default -> throw declined("the escape \\" + escape);
                }
                lastEscape = out.length();
            }
            return -1;
        }

        private int hex(String s, int i, int digits, StringBuilder out) throws Declined {
            if (i + digits > s.length()) {
                throw declined("a short hexadecimal escape");
            }
            int code = 0;
            for (int d = 0; d < digits; d++) {
                int digit = Character.digit(s.charAt(i + d), 16);
                if (digit < 0) {
                    throw declined("a hexadecimal escape with a non-hexadecimal digit");
                }
                code = code * 16 + digit;
            }
            if (code < 0 || code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
                throw declined("an escape that is no character");
            }
            out.appendCodePoint(code);
            return i + digits;
        }
    }

    /**
     * Reads single-quoted text from {@code i} to the closing quote (returns the column after it) or
     * to the line's end (returns -1).
     */
    private static int singleQuotedLine(String s, int i, StringBuilder out) {
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < length && s.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.append(c);
            i++;
        }
        return -1;
    }

    /** A ':' that ends a key: followed by a space or the line's end. */
    private static boolean breaksAfter(String s, int colon) {
        return colon + 1 == s.length() || s.charAt(colon + 1) == ' ';
    }

    /** {@code "- "} or a lone {@code -} at column {@code at}. */
    private static boolean isSequenceEntry(String s, int at) {
        return at < s.length() && s.charAt(at) == '-' && (at + 1 == s.length() || s.charAt(at + 1) == ' ');
    }

    /** Whether a plain scalar may start at {@code at}: not an indicator, nor "-", "?", ":" before a space. */
    private static boolean startsPlain(String s, int at) {
        return switch (s.charAt(at)) {
            case '-', '?', ':' -> at + 1 < s.length() && s.charAt(at + 1) != ' ';
            case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> false;
            default -> true;
        };
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
