package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.Trace;

/**
 * An Alloy counterexample replayed by the interpreter: the same packet, forwarded hop by hop by
 * the independent Java semantics. Agreement (same disposition at the same device) confirms the
 * counterexample and gives it a readable path; disagreement means one of the two semantics is
 * wrong, which NetRoute reports instead of a verdict.
 */
public record Replay(AlloyFinding finding, Trace trace) {

    /** Replays a finding on the topology it was found in, or on the original a compressed network came from. */
    public static Replay of(Topology topology, AlloyFinding finding) {
        Forwarder forwarder = new Forwarder(topology);
        Trace trace = finding.fromPod().isPresent()
                ? forwarder.trace(pod(topology, finding.fromPod().get()), finding.destination(), finding.bytes())
                : forwarder.trace(finding.from(), finding.destination(), finding.bytes());
        return new Replay(finding, trace);
    }

    /** Whether the interpreter takes the packet along the same devices and ends its journey as Alloy does. */
    public boolean agrees() {
        return agreesUpTo(UnaryOperator.identity());
    }

    /**
     * Whether the interpreter ends the journey the same way at a device of the same role, passing
     * devices of the same roles in the same order: the agreement asked of a finding on a compressed
     * network replayed on the original.
     *
     * @param role the role of an original device (itself when nothing was compressed)
     */
    public boolean agreesUpTo(UnaryOperator<String> role) {
        return trace.disposition() == finding.disposition() && role.apply(trace.at()).equals(role.apply(finding.at()))
                && devices(trace).stream().map(role).toList().equals(finding.path().stream().map(role).toList());
    }

    /** The devices of a trace in order: a device's several actions (encapsulate, route) are one visit. */
    static List<String> devices(Trace trace) {
        List<String> devices = new ArrayList<>();
        for (Hop hop : trace.hops()) {
            if (devices.isEmpty() || !devices.get(devices.size() - 1).equals(hop.device())) {
                devices.add(hop.device());
            }
        }
        return devices;
    }

    /** The disagreement in words, for an UNKNOWN verdict. */
    public String disagreement() {
        return "INTERNAL ERROR: Alloy and the interpreter disagree on " + finding.property().id() + " for "
                + finding.from() + " -> " + finding.to() + " (" + finding.bytes() + " bytes): Alloy says "
                + finding.disposition() + " at " + finding.at() + " via " + String.join(" > ", finding.path())
                + ", the interpreter's replay says " + trace.disposition() + " at " + trace.at() + " via "
                + String.join(" > ", devices(trace)) + ": one of the two semantics has a bug; nothing is proved";
    }

    private static Pod pod(Topology topology, String name) {
        return topology.pod(name).orElseThrow(() -> new IllegalArgumentException("no pod named " + name));
    }
}
