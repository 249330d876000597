package org.netroute.checker.interpreter.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Hints;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.StepKind;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;

/**
 * Reachability and MTU where policy matters (docs/SEMANTICS.md, "Policy"): every ordered pod pair
 * that policy allows on some probe is traced on each probe it is allowed on (on the default probe
 * alone when it is allowed on all of them), pair by pair in file order; pairs policy allows on no
 * probe are counted, not failed. The first failing pair's trace shows the policy's decisions as
 * hops at the sending and the receiving node.
 */
public final class PolicyPairs {

    private final Topology topology;
    private final PolicyDecision decision;
    private final List<Probe> probes;
    private final Map<Probe, Forwarder> forwarders = new HashMap<>();

    public PolicyPairs(Topology topology) {
        this.topology = topology;
        this.decision = new PolicyDecision(topology.policies());
        this.probes = topology.policies().probes(topology.firewallRules());
    }

    /** The probes a pair is traced on: none when policy allows it on none. */
    public List<Probe> probesOf(Pod from, Pod to) {
        List<Probe> allowed = probes.stream().filter(probe -> decision.allows(from.name(), to.name(), probe)).toList();
        return allowed.size() == probes.size() ? List.of(Probe.DEFAULT) : allowed;
    }

    /** @param mtu the MTU property (a pod-MTU packet is delivered where the probe is), else reachability */
    public Verdict check(boolean mtu) {
        int allowedPairs = 0;
        int isolated = 0;
        for (Pod from : topology.pods()) {
            for (Pod to : topology.pods()) {
                if (from.equals(to)) {
                    continue;
                }
                List<Probe> allowed = probesOf(from, to);
                if (allowed.isEmpty()) {
                    isolated++;
                    continue;
                }
                allowedPairs++;
                for (Probe probe : allowed) {
                    Trace probeTrace = trace(from, to, probe, Packet.PROBE_BYTES);
                    if (!mtu && probeTrace.disposition() != Disposition.DELIVERED) {
                        return Verdict.violated(counterexample(probeTrace, "a packet from pod " + from.name()
                                + " to pod " + to.name() + " (" + to.address() + "), " + probe.words()
                                + ", which policy allows, is not delivered: " + probeTrace.explanation()));
                    }
                    if (mtu && probeTrace.disposition() == Disposition.DELIVERED) {
                        int bytes = topology.podMtu(topology.node(from.node()).orElseThrow());
                        Trace big = trace(from, to, probe, bytes);
                        if (big.disposition() != Disposition.DELIVERED) {
                            return Verdict.violated(counterexample(big, "pod " + from.name() + " may send " + bytes
                                    + "-byte packets (its pod MTU), but such a packet to pod " + to.name() + ", "
                                    + probe.words() + ", is not delivered: " + big.explanation()));
                        }
                    }
                }
            }
        }
        return Verdict.proved(scope(allowedPairs, isolated));
    }

    /** For example "3 pod pairs allowed by policy, 3 isolated by policy", or, where none is allowed, that it is vacuous. */
    static String scope(int allowed, int isolated) {
        String isolatedWords = String.format(Locale.ROOT, "%,d %s isolated by policy", isolated,
                isolated == 1 ? "pair" : "pairs");
        if (allowed == 0) {
            return "vacuous: policy allows no pod pair (" + isolatedWords + ")";
        }
        return String.format(Locale.ROOT, "over the %,d pod %s policy allows; %s", allowed, allowed == 1 ? "pair" : "pairs",
                isolatedWords);
    }

    /** The packet's trace with the policy's egress decision first and, where it arrives, the ingress decision before delivery. */
    public Trace trace(Pod from, Pod to, Probe probe, int bytes) {
        Trace trace = forwarders.computeIfAbsent(probe, p -> new Forwarder(topology, p)).trace(from, to.address(), bytes);
        PolicyOutcome egress = decision.decide(org.netroute.checker.policy.Direction.EGRESS, from.name(), to.name(), probe);
        PolicyOutcome ingress = decision.decide(org.netroute.checker.policy.Direction.INGRESS, to.name(), from.name(), probe);
        List<Hop> hops = new ArrayList<>();
        hops.add(hop(from.node(), egress, bytes, to.name()));
        for (Hop hop : trace.hops()) {
            if (hop.step() == StepKind.DELIVER && hop.device().equals(to.node())) {
                hops.add(hop(to.node(), ingress, hop.bytes(), from.name()));
            }
            hops.add(hop);
        }
        return new Trace(trace.from(), trace.to(), trace.packet(), hops, trace.disposition(), trace.at(),
                trace.explanation());
    }

    private static Hop hop(String node, PolicyOutcome outcome, int bytes, String peer) {
        return Hop.of(node, StepKind.POLICY, bytes).toward(peer).by(outcome.words()).declaredAt(outcome.location());
    }

    private Counterexample counterexample(Trace trace, String explanation) {
        return new Counterexample(trace.from(), trace.to(), trace.hops(), trace.at(), trace.disposition(), explanation,
                new Hints(topology).forTrace(trace));
    }
}
