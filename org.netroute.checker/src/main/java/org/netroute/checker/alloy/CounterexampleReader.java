package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4Tuple;
import edu.mit.csail.sdg.translator.A4TupleSet;

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
    public List<List<String>> violations(ParsedModule parsed, A4Solution solution, Property property) {
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
        List<List<String>> violations = new ArrayList<>();
        for (A4Tuple tuple : evaluate(parsed, solution, comprehension)) {
            violations.add(List.of(tuple.atom(0), tuple.atom(1)));
        }
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
        List<List<String>> violations = violations(parsed, solution, property);
        if (violations.isEmpty()) {
            throw new IllegalStateException("the Alloy solution of " + property.id() + " shows no violation");
        }
        return finding(parsed, solution, property, violations.get(0));
    }

    /** One violation, given as its (sender, destination) atoms, in the domain's words. */
    public AlloyFinding finding(ParsedModule parsed, A4Solution solution, Property property, List<String> violation) {
        AlloyInstance instance = parsed.module().instance();
        String sender = AlloyInstance.label(violation.get(0));
        String target = AlloyInstance.label(violation.get(1));
        if (property == Property.NO_LOOP) {
            return finish(parsed, solution, property, instance.deviceOf(sender), Optional.empty(),
                    instance.addressOf(target), podAt(parsed, solution, target), sender, target, "probeSize");
        }
        String node = sender + ".podNode";
        String address = AlloyInstance.label(single(evaluate(parsed, solution, target + ".podAddress")));
        String size = property == Property.MTU ? "podMtu[" + node + "]" : "probeSize";
        String pod = instance.podOf(sender);
        return finish(parsed, solution, property, pod, Optional.of(pod), instance.addressOf(address),
                Optional.of(instance.podOf(target)), node, address, size);
    }

    private AlloyFinding finish(ParsedModule parsed, A4Solution solution, Property property, String from,
            Optional<String> fromPod, Ipv4Address address, Optional<String> toPod, String startTerm,
            String destinationTerm, String sizeTerm) {
        AlloyInstance instance = parsed.module().instance();
        String start = atom(parsed, solution, startTerm);
        String size = atom(parsed, solution, sizeTerm);
        A4Tuple end = end(parsed, solution, start, destinationTerm, size);
        Disposition disposition = DISPOSITIONS.get(AlloyInstance.label(end.atom(1)));
        return new AlloyFinding(property, from, fromPod, address, toPod, instance.sizeOf(size), disposition,
                instance.deviceOf(end.atom(0)));
    }

    /**
     * netroute.als's {@code outcome[start, d, s]}, evaluated stage by stage as it is written: Alloy's
     * evaluator translates every branch of a nested if-then-else, which made the single term take
     * seconds; each stage alone takes milliseconds.
     */
    private A4Tuple end(ParsedModule parsed, A4Solution solution, String start, String d, String s) {
        String args = ", " + d + ", " + s + "]";
        A4TupleSet last = evaluate(parsed, solution, "innerEnd[" + start + args);
        if (last.size() == 0) {
            return single(parsed, solution, "cycleEntry[" + start + ", innerHop[" + d + ", " + s + "]] -> Loop");
        }
        if (holds(parsed, solution, "returnsToStart[" + start + args)) {
            return single(parsed, solution, start + " -> Loop");
        }
        String stop = AlloyInstance.label(last.iterator().next().atom(0));
        if (!holds(parsed, solution, stop + " in encapsulators[" + d + "]")) {
            return single(parsed, solution, "innerStop[" + stop + args);
        }
        A4TupleSet outerLast = evaluate(parsed, solution, "outerEnd[" + stop + args);
        if (outerLast.size() == 0) {
            String tunnel = "tunnelHop[" + d + ", " + s + "]";
            return single(parsed, solution, "cycleEntry[" + stop + ".(" + tunnel + "), " + tunnel + "] -> Loop");
        }
        String outerStop = AlloyInstance.label(outerLast.iterator().next().atom(0));
        return single(parsed, solution, "outerStop[" + outerStop + args);
    }

    private static A4Tuple single(ParsedModule parsed, A4Solution solution, String term) {
        A4TupleSet set = evaluate(parsed, solution, term);
        if (set.size() != 1) {
            throw new IllegalStateException("netroute.als gives " + set + " for " + term);
        }
        return set.iterator().next();
    }

    private static String atom(ParsedModule parsed, A4Solution solution, String term) {
        return AlloyInstance.label(single(evaluate(parsed, solution, term)));
    }

    private static boolean holds(ParsedModule parsed, A4Solution solution, String formula) {
        Expr expression = CompUtil.parseOneExpression_fromString(parsed.world(), formula);
        return (Boolean) solution.eval(expression);
    }

    private Optional<String> podAt(ParsedModule parsed, A4Solution solution, String addressAtom) {
        A4TupleSet pods = evaluate(parsed, solution, "podAddress." + addressAtom);
        return pods.size() == 1 ? Optional.of(parsed.module().instance().podOf(pods.iterator().next().atom(0)))
                : Optional.empty();
    }

    private static String single(A4TupleSet set) {
        if (set.size() != 1) {
            throw new IllegalStateException("expected one atom, Alloy gives " + set);
        }
        return set.iterator().next().atom(0);
    }

    private static A4TupleSet evaluate(ParsedModule parsed, A4Solution solution, String text) {
        Expr expression = CompUtil.parseOneExpression_fromString(parsed.world(), text);
        return (A4TupleSet) solution.eval(expression);
    }
}
