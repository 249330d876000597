package org.netroute.checker.topology;

/**
 * Where a declaration stands in a .netroute file, so a counterexample can point the user at
 * the line to change. A plain value: engines and reports never touch the parse tree.
 */
public record SourceLocation(String file, int line) {

    /** For topologies that were not parsed from a file (generated, or built in tests). */
    public static final SourceLocation NONE = new SourceLocation("", 0);

    @Override
    public String toString() {
        return file.isEmpty() ? "line " + line : file + ":" + line;
    }
}
