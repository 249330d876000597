package org.netroute.checker.verify;

import java.util.List;

import org.netroute.checker.interpreter.Disposition;
import org.netroute.checker.interpreter.Hop;

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
}
