package org.netroute.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines and columns of a text, to check that every place a diagnostic names is inside the file it
 * is about. Where lines end depends on who counts: the parser's node model (and LSP's spec) ends a
 * line at "\n", "\r\n" or a lone "\r"; Xtext's language server document (and Neovim) only at "\n".
 */
public final class TextPlaces {

    private final int[] lineStarts;
    private final String text;

    /** Lines as the parser counts them: a lone "\r" ends a line too. */
    public static TextPlaces anyLineEnd(String text) {
        return new TextPlaces(text, true);
    }

    /** Lines as Xtext's language server counts them: only "\n" ends a line. */
    public static TextPlaces newlineOnly(String text) {
        return new TextPlaces(text, false);
    }

    private TextPlaces(String text, boolean loneCarriageReturn) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || loneCarriageReturn && c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.text = text;
    }

    public int lines() {
        return lineStarts.length;
    }

    /** The characters of a line (0-based), its line end not counted. */
    public int lineLength(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        if (end > lineStarts[line] && line + 1 < lineStarts.length) {
            end--;
            if (text.charAt(end) == '\n' && end > lineStarts[line] && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end - lineStarts[line];
    }

    /** Whether a 1-based line and column name a place in the text (the column just past a line's end included). */
    public boolean containsOneBased(int line, int column) {
        return line >= 1 && line <= lines() && column >= 1 && column <= lineLength(line - 1) + 1;
    }

    /** Whether a 0-based line and character (LSP's) name a place in the text, the end of a line included. */
    public boolean containsZeroBased(int line, int character) {
        return line >= 0 && line < lines() && character >= 0 && character <= lineLength(line);
    }

    /** The offset itself, or the one before it when it would split a "\r\n" (no editor places a caret there). */
    public int caret(int offset) {
        return offset > 0 && offset < text.length() && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n'
                ? offset - 1 : offset;
    }

    /**
     * As {@link #containsZeroBased}, and also the place between a line's "\r" and "\n": where
     * Xtext's language server ends a diagnostic about that "\r" (e.g. an unclosed string).
     */
    public boolean containsZeroBasedOrInsideLineBreak(int line, int character) {
        if (containsZeroBased(line, character)) {
            return true;
        }
        int end = lineStart(line) + lineLength(line);
        return line >= 0 && line < lines() && character == lineLength(line) + 1 && end + 1 < text.length()
                && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
    }

    /** The offset of a 0-based line and character inside the text. */
    public int offset(int line, int character) {
        return lineStarts[line] + character;
    }

    /** The 0-based line of an offset. */
    public int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }
}
