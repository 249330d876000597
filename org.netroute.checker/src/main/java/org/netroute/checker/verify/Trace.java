package org.netroute.checker.verify;

import java.util.List;

/**
 * The path of one concrete packet, hop by hop, and how it ended: the readable evidence behind
 * every counterexample and the output of {@code netroute trace}.
 *
 * @param from        the pod or device the packet started from
 * @param to          the pod the destination belongs to, or the destination address
 * @param at          the device where the packet's journey ended (delivered or failed)
 * @param explanation why it ended so, in a network engineer's words
 */
public record Trace(String from, String to, Packet packet, List<Hop> hops, Disposition disposition, String at,
        String explanation) {

    public Trace {
        hops = List.copyOf(hops);
    }

    public boolean delivered() {
        return disposition == Disposition.DELIVERED;
    }

    /** The last hop: where the packet was delivered or where it failed. */
    public Hop lastHop() {
        return hops.get(hops.size() - 1);
    }
}
