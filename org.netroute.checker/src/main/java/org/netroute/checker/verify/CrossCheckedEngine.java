package org.netroute.checker.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.netroute.checker.topology.Topology;

/**
 * Runs several engines on the same question: their common answer when they agree (the first
 * engine's counterexample), UNKNOWN naming the disagreement otherwise, so a bug in either
 * semantics shows up instead of a wrong proof. An engine that could not decide (a timeout) leaves
 * the property UNKNOWN for that reason: nothing is proved, and nothing disagrees.
 */
public final class CrossCheckedEngine implements Engine {

    private final List<Engine> engines;

    public CrossCheckedEngine(List<Engine> engines) {
        this.engines = List.copyOf(engines);
    }

    @Override
    public String name() {
        return Engines.BOTH;
    }

    @Override
    public Verdict check(Topology topology, Property property) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Engine engine : engines) {
            verdicts.add(engine.check(topology, property));
        }
        List<String> undecided = new ArrayList<>();
        for (int i = 0; i < engines.size(); i++) {
            if (verdicts.get(i) instanceof Verdict.Unknown unknown) {
                undecided.add(engines.get(i).name() + ": " + unknown.reason());
            }
        }
        if (!undecided.isEmpty()) {
            return Verdict.unknown(String.join("; ", undecided));
        }
        boolean agree = verdicts.stream().map(Verdict::status).distinct().count() == 1;
        if (agree) {
            return verdicts.get(0);
        }
        String answers = java.util.stream.IntStream.range(0, engines.size())
                .mapToObj(i -> engines.get(i).name() + " says " + verdicts.get(i).status())
                .collect(Collectors.joining(", "));
        return Verdict.unknown("INTERNAL ERROR: the engines disagree (" + answers
                + "): one of the two semantics has a bug; nothing is proved");
    }

    @Override
    public Engine limitedTo(Duration perProperty) {
        return new CrossCheckedEngine(engines.stream().map(engine -> engine.limitedTo(perProperty)).toList());
    }
}
