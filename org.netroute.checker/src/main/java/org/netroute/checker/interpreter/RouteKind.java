package org.netroute.checker.interpreter;

/** Where a routing-table entry comes from; the order is the tie-break between equal prefix lengths. */
public enum RouteKind {
    /** The CIDR of an attached segment: delivered on the segment. */
    CONNECTED(0),
    /** A router's {@code route P via H}. */
    STATIC(1),
    /** A router's {@code route P drop}. */
    NULL(1),
    /** auto-direct-node-routes: another node's PodCIDR via that node, on a shared segment. */
    DIRECT_NODE(1),
    /** A node's default route via its segment's gateway. */
    DEFAULT(1),
    /** A BGP peer router's route to a node's PodCIDR via the node. */
    BGP(2);

    private final int rank;

    RouteKind(int rank) {
        this.rank = rank;
    }

    /** Lower wins among routes of equal prefix length. */
    public int rank() {
        return rank;
    }
}
