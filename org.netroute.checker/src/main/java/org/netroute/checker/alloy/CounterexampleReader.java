package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.interpreter.Disposition;
import org.netroute.checker.topology.Ipv4Address;
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
        return finish(instance, terms, property, pod, Optional.of(pod), instance.addressOf(address),
                Optional.of(instance.podOf(target)), node, address, size);
    }

    private static AlloyFinding finish(AlloyInstance instance, SolutionTerms terms, Property property, String from,
            Optional<String> fromPod, Ipv4Address address, Optional<String> toPod, String startTerm,
            String destinationTerm, String sizeTerm) {
        String start = AlloyInstance.label(terms.atom(startTerm));
        String size = terms.atom(sizeTerm);
        List<String> end = end(terms, start, destinationTerm, AlloyInstance.label(size));
        Disposition disposition = DISPOSITIONS.get(AlloyInstance.label(end.get(1)));
        return new AlloyFinding(property, from, fromPod, address, toPod, instance.sizeOf(size), disposition,
                instance.deviceOf(end.get(0)));
    }

    /**
     * netroute.als's {@code outcome[start, d, s]}, evaluated stage by stage as it is written: Alloy's
     * evaluator translates every branch of a nested if-then-else, which made the single term take
     * seconds; each stage alone takes milliseconds.
     */
    private static List<String> end(SolutionTerms terms, String start, String d, String s) {
        String args = ", " + d + ", " + s + "]";
        List<List<String>> last = terms.tuples("innerEnd[" + start + args);
        if (last.isEmpty()) {
            return terms.single("cycleEntry[" + start + ", innerHop[" + d + ", " + s + "]] -> Loop");
        }
        if (terms.holds("returnsToStart[" + start + args)) {
            return terms.single(start + " -> Loop");
        }
        String stop = AlloyInstance.label(last.get(0).get(0));
        if (!terms.holds(stop + " in encapsulators[" + d + "]")) {
            return terms.single("innerStop[" + stop + args);
        }
        List<List<String>> outerLast = terms.tuples("outerEnd[" + stop + args);
        if (outerLast.isEmpty()) {
            String tunnel = "tunnelHop[" + d + ", " + s + "]";
            return terms.single("cycleEntry[" + stop + ".(" + tunnel + "), " + tunnel + "] -> Loop");
        }
        String outerStop = AlloyInstance.label(outerLast.get(0).get(0));
        return terms.single("outerStop[" + outerStop + args);
    }

    private static Optional<String> podAt(AlloyInstance instance, SolutionTerms terms, String addressAtom) {
        List<List<String>> pods = terms.tuples("podAddress." + addressAtom);
        return pods.size() == 1 ? Optional.of(instance.podOf(pods.get(0).get(0))) : Optional.empty();
    }
}
