package org.netroute.checker.topology;

/**
 * A declaration the topology builder cannot turn into a network (a node without an address,
 * an unknown tunnel protocol...): reported to the user as an input error at its line and column.
 */
public final class TopologyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public TopologyException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
