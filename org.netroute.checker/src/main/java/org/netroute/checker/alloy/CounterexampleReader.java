package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Property;

/**
 * Reads a counterexample out of an Alloy solution. The checks run without skolem witnesses, so
 * the reader evaluates netroute.als's own terms against the solution: every violation at once
 * (then the first in file order, as the interpreter reports it), and {@code outcome} for the
 * failing device and disposition.
 */
public final class CounterexampleReader {

    private static final Map<String, Disposition> DISPOSITIONS = Map.of(
            "Delivered", Disposition.DELIVERED, "NoRoute", Disposition.NO_ROUTE,
            "NullRouted", Disposition.NULL_ROUTED, "Denied", Disposition.DENIED, "Loop", Disposition.LOOP,
            "MtuExceeded", Disposition.MTU_EXCEEDED, "NeighborUnreachable", Disposition.NEIGHBOR_UNREACHABLE);

    /** All violations of a property in a solution, each as (sender, destination) atoms, first in file order first. */
    private static List<List<String>> violations(ParsedModule parsed, SolutionTerms terms, Property property) {
        if (property != Property.NO_LOOP && terms.holds("policyMatters")) {
            return policedViolations(parsed, terms, property);
        }
        String comprehension = switch (property) {
            case REACHABILITY -> "{a: Pod, b: Pod | a != b and not delivered[a.podNode, b.podAddress, probeSize]}";
            case MTU -> "{a: Pod, b: Pod | a != b and delivered[a.podNode, b.podAddress, probeSize]"
                    + " and not delivered[a.podNode, b.podAddress, podMtu[a.podNode]]}";
            case NO_LOOP -> "{x: Device, d: Address | loops[x, d]}";
        };
        AlloyInstance instance = parsed.module().instance();
        Function<String, Integer> first = property == Property.NO_LOOP
                ? AlloyInstance.position(instance.devices())
                : AlloyInstance.position(instance.pods());
        Function<String, Integer> second = property == Property.NO_LOOP
                ? AlloyInstance.position(instance.addresses())
                : AlloyInstance.position(instance.pods());
        List<List<String>> violations = new ArrayList<>(terms.tuples(comprehension));
        violations.sort(Comparator.<List<String>, Integer>comparing(pair -> first.apply(pair.get(0)))
                .thenComparing(pair -> second.apply(pair.get(1))));
        return violations;
    }

    /**
     * Where policy matters: every (sender, destination, probe) a pair is traced on and that fails,
     * first in file order first, the default probe before the port probes.
     */
    private static List<List<String>> policedViolations(ParsedModule parsed, SolutionTerms terms, Property property) {
        String comprehension = property == Property.REACHABILITY
                ? "{a: Pod, b: Pod, t: PodTraffic | a != b and t in probesOf[a, b]"
                        + " and not deliveredOn[a.podNode, b.podAddress, probeSize, t]}"
                : "{a: Pod, b: Pod, t: PodTraffic | a != b and t in probesOf[a, b]"
                        + " and deliveredOn[a.podNode, b.podAddress, probeSize, t]"
                        + " and not deliveredOn[a.podNode, b.podAddress, podMtu[a.podNode], t]}";
        Function<String, Integer> pods = AlloyInstance.position(parsed.module().instance().pods());
        List<List<String>> violations = new ArrayList<>(terms.tuples(comprehension));
        violations.sort(Comparator.<List<String>, Integer>comparing(tuple -> pods.apply(tuple.get(0)))
                .thenComparing(tuple -> pods.apply(tuple.get(1)))
                .thenComparing(tuple -> probe(tuple.get(2)).isDefault() ? 0 : 1)
                .thenComparing(tuple -> probe(tuple.get(2)).protocol())
                .thenComparing(tuple -> probe(tuple.get(2)).port()));
        return violations;
    }

    /** The probe an atom stands for: netroute.als's Probe, or an instance's probe_PROTOCOL_PORT. */
    static Probe probe(String atom) {
        String label = AlloyInstance.label(atom);
        if (label.equals("Probe")) {
            return Probe.DEFAULT;
        }
        String[] parts = label.split("_");
        return new Probe(Protocol.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), Integer.parseInt(parts[2]));
    }

    /**
     * The first violation of a property in file order, with where and how it ends.
     *
     * @throws IllegalStateException when the solution holds no violation (it is not a counterexample)
     */
    public AlloyFinding read(ParsedModule parsed, A4Solution solution, Property property) {
        SolutionTerms terms = new SolutionTerms(parsed, solution);
        List<List<String>> violations = violations(parsed, terms, property);
        if (violations.isEmpty()) {
            throw new IllegalStateException("the Alloy solution of " + property.id() + " shows no violation");
        }
        return finding(parsed, terms, property, violations.get(0));
    }

    /** One violation, given as its (sender, destination) atoms, in the domain's words. */
    private static AlloyFinding finding(ParsedModule parsed, SolutionTerms terms, Property property, List<String> violation) {
        AlloyInstance instance = parsed.module().instance();
        String sender = AlloyInstance.label(violation.get(0));
        String target = AlloyInstance.label(violation.get(1));
        if (property == Property.NO_LOOP) {
            return finish(instance, terms, property, instance.deviceOf(sender), Optional.empty(),
                    instance.addressOf(target), podAt(instance, terms, target), sender, target, "probeSize");
        }
        String node = sender + ".podNode";
        String address = AlloyInstance.label(terms.atom(target + ".podAddress"));
        String size = property == Property.MTU ? "podMtu[" + node + "]" : "probeSize";
        String pod = instance.podOf(sender);
        String traffic = violation.size() > 2 ? AlloyInstance.label(violation.get(2)) : "Probe";
        return finish(instance, terms, property, pod, Optional.of(pod), instance.addressOf(address),
                Optional.of(instance.podOf(target)), node, address, size, traffic);
    }

    private static AlloyFinding finish(AlloyInstance instance, SolutionTerms terms, Property property, String from,
            Optional<String> fromPod, Ipv4Address address, Optional<String> toPod, String startTerm,
            String destinationTerm, String sizeTerm) {
        return finish(instance, terms, property, from, fromPod, address, toPod, startTerm, destinationTerm, sizeTerm,
                "Probe");
    }

    private static AlloyFinding finish(AlloyInstance instance, SolutionTerms terms, Property property, String from,
            Optional<String> fromPod, Ipv4Address address, Optional<String> toPod, String startTerm,
            String destinationTerm, String sizeTerm, String traffic) {
        String start = AlloyInstance.label(terms.atom(startTerm));
        String size = terms.atom(sizeTerm);
        Ending end = end(terms, start, destinationTerm, AlloyInstance.label(size), traffic);
        return new AlloyFinding(property, from, fromPod, address, toPod, instance.sizeOf(size), end.disposition(),
                instance.deviceOf(end.at()), end.path().stream().map(instance::deviceOf).toList(), probe(traffic));
    }

    /** Where and how a packet's journey ends in a solution, and the devices it passed (atoms' labels). */
    private record Ending(String at, Disposition disposition, List<String> path) {
    }

    /**
     * netroute.als's {@code outcome[start, d, s]}, evaluated stage by stage as it is written: Alloy's
     * evaluator translates every branch of a nested if-then-else, which made the single term take
     * seconds; each stage alone takes milliseconds. The path is walked along the solution's own hop
     * relations ({@code innerHop}, then {@code tunnelHop} from the encapsulating node), so that the
     * replay can compare every device passed, not only the last.
     */
    private static Ending end(SolutionTerms terms, String start, String d, String s, String traffic) {
        String args = ", " + d + ", " + s + "]";
        String argsOn = ", " + d + ", " + s + ", " + traffic + "]";
        String inner = "innerHopOn[" + d + ", " + s + ", " + traffic + "]";
        List<String> path = new ArrayList<>(List.of(start));
        walk(step(terms, inner), start, new HashSet<>(Set.of(start)), path);
        List<List<String>> last = terms.tuples("innerEndOn[" + start + argsOn);
        if (last.isEmpty()) {
            return ending(terms.single("cycleEntry[" + start + ", " + inner + "] -> Loop"), path);
        }
        if (terms.holds("returnsToStartOn[" + start + argsOn)) {
            path.add(start);
            return ending(terms.single(start + " -> Loop"), path);
        }
        String stop = AlloyInstance.label(last.get(0).get(0));
        if (!terms.holds(stop + " in encapsulators[" + d + "]")) {
            return ending(terms.single("innerStop[" + stop + args), path);
        }
        String tunnel = "tunnelHop[" + d + ", " + s + "]";
        // the encapsulating node held the packet unencapsulated: the outer packet's walk starts afresh
        walk(step(terms, tunnel), stop, new HashSet<>(), path);
        List<List<String>> outerLast = terms.tuples("outerEnd[" + stop + args);
        if (outerLast.isEmpty()) {
            return ending(terms.single("cycleEntry[" + stop + ".(" + tunnel + "), " + tunnel + "] -> Loop"), path);
        }
        String outerStop = AlloyInstance.label(outerLast.get(0).get(0));
        return ending(terms.single("outerStop[" + outerStop + args), path);
    }

    /** The end as netroute.als states it; a denying device is the last one the packet reached. */
    private static Ending ending(List<String> end, List<String> path) {
        String at = AlloyInstance.label(end.get(0));
        Disposition disposition = DISPOSITIONS.get(AlloyInstance.label(end.get(1)));
        if (disposition == Disposition.DENIED) {
            path.add(at);
        }
        return new Ending(at, disposition, List.copyOf(path));
    }

    /** A hop relation of the solution as a function: forwarding is deterministic. */
    private static Map<String, String> step(SolutionTerms terms, String relation) {
        Map<String, String> step = new HashMap<>();
        for (List<String> pair : terms.tuples(relation)) {
            String previous = step.put(AlloyInstance.label(pair.get(0)), AlloyInstance.label(pair.get(1)));
            if (previous != null) {
                throw new IllegalStateException("netroute.als's " + relation + " gives " + pair.get(0)
                        + " two next devices");
            }
        }
        return step;
    }

    /** Follows a hop relation from a device until no hop leads on or a device comes round again (added last). */
    private static void walk(Map<String, String> step, String from, Set<String> seen, List<String> path) {
        String device = from;
        while (step.containsKey(device)) {
            device = step.get(device);
            path.add(device);
            if (!seen.add(device)) {
                return;
            }
        }
    }

    private static Optional<String> podAt(AlloyInstance instance, SolutionTerms terms, String addressAtom) {
        List<List<String>> pods = terms.tuples("podAddress." + addressAtom);
        return pods.size() == 1 ? Optional.of(instance.podOf(pods.get(0).get(0))) : Optional.empty();
    }
}
