package org.netroute.importer.source;

/**
 * Where an object or value was read: a file (or a zip entry, {@code archive.zip!/entry}) and a
 * 1-based line, or a live cluster (line 0). Every message about an input names it, so the user
 * can open the line to fix.
 */
public record Origin(String file, int line) {

    /** What has no place of its own (defaults, a cluster's API where no line exists). */
    public static final Origin NONE = new Origin("", 0);

    public Origin at(int otherLine) {
        return new Origin(file, otherLine);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return line == 0 ? "" : "line " + line;
        }
        return line == 0 ? file : file + ":" + line;
    }
}
