package org.netroute.checker.compress;

import org.netroute.checker.topology.Prefix;

/** Two address ranges of equal size that a symmetry swaps; a /32 pair swaps two addresses. */
record RangePair(Prefix left, Prefix right) {

    static RangePair of(Prefix left, Prefix right) {
        return new RangePair(left, right);
    }

    static RangePair ofAddresses(int left, int right) {
        return new RangePair(MentionIndex.host(left), MentionIndex.host(right));
    }

    RangePair flipped() {
        return new RangePair(right, left);
    }
}
