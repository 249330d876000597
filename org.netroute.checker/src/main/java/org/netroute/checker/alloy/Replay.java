package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.policy.PolicyPairs;
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
public record Replay(AlloyFinding finding, Trace trace, boolean policyAgrees) {

    /** Replays a finding on the topology it was found in, or on the original a compressed network came from. */
    public static Replay of(Topology topology, AlloyFinding finding) {
        if (finding.fromPod().isPresent() && finding.toPod().isPresent() && topology.policies().matter()) {
            return policed(topology, finding);
        }
        Forwarder forwarder = new Forwarder(topology, finding.probe());
        Trace trace = finding.fromPod().isPresent()
                ? forwarder.trace(pod(topology, finding.fromPod().get()), finding.destination(), finding.bytes())
                : forwarder.trace(finding.from(), finding.destination(), finding.bytes());
        return new Replay(finding, trace, true);
    }

    /**
     * A pod pair where policy matters: the interpreter must trace the pair on the same probe (its
     * own policy decision), and its trace shows the policy's decisions at both endpoints.
     */
    private static Replay policed(Topology topology, AlloyFinding finding) {
        PolicyPairs pairs = new PolicyPairs(topology);
        Pod from = pod(topology, finding.fromPod().get());
        Pod to = pod(topology, finding.toPod().get());
        boolean traced = pairs.probesOf(from, to).contains(finding.probe());
        return new Replay(finding, pairs.trace(from, to, finding.probe(), finding.bytes()), traced);
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
        return policyAgrees && trace.disposition() == finding.disposition() && role.apply(trace.at()).equals(role.apply(finding.at()))
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
        if (!policyAgrees) {
            return "INTERNAL ERROR: Alloy and the interpreter disagree on " + finding.property().id() + " for "
                    + finding.from() + " -> " + finding.to() + ": Alloy traces it on " + finding.probe().words()
                    + ", which the interpreter's policy decision does not: one of the two semantics has a bug; nothing is proved";
        }
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
