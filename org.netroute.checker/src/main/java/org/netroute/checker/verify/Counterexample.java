package org.netroute.checker.verify;

import java.util.List;

/**
 * The evidence that a property fails: which packet (from a pod or device, to a pod or address),
 * the path it took, where and how it failed, why, and what to change.
 *
 * @param at the device of the failing hop
 */
public record Counterexample(String from, String to, List<Hop> hops, String at, Disposition disposition,
        String explanation, String hint) {

    public Counterexample {
        hops = List.copyOf(hops);
    }

    /**
     * The 1-based number of the hop where the journey fails: the last hop at the failing device
     * (the last hop of the path, as traces end there). The one definition every report, picture
     * and marker uses.
     */
    public int failingHopNumber() {
        for (int index = hops.size() - 1; index >= 0; index--) {
            if (hops.get(index).device().equals(at)) {
                return index + 1;
            }
        }
        return hops.size();
    }

    /** The hop where the journey fails (see {@link #failingHopNumber()}). */
    public Hop failingHop() {
        return hops.get(failingHopNumber() - 1);
    }
}
