package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Evidence;
import org.netroute.checker.verify.Hints;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * The Alloy engine: decides the properties by checking netroute.als against the cluster's
 * instance with Kodkod, an answer independent of the interpreter's. Each counterexample is
 * replayed by the interpreter and reported only if the replay ends the same way ("confirmed by
 * replay"), else the verdict is UNKNOWN; the solution found is kept as the answer's evidence.
 * Time limits and cancelling are the {@link org.netroute.checker.verify.Verifier}'s: an
 * interrupted solve ends at the next phase Alloy reports.
 */
public final class AlloyEngine implements Engine {

    /** The solver asked for, or null for the best that loads here (found on first use). */
    private final SatSolverChoice solver;
    /** Made on first use: an interpreter-only run never loads Alloy, Kodkod or a SAT solver. */
    private AlloyChecker checker;
    private final CounterexampleReader reader = new CounterexampleReader();
    /** The last topology parsed, so that the three properties of one cluster share one parse. */
    private final AtomicReference<Parsed> lastParsed = new AtomicReference<>();

    private record Parsed(Topology topology, ParsedModule module) {
    }

    /** An engine with the best SAT solver that loads on this machine. */
    public AlloyEngine() {
        this.solver = null;
    }

    public AlloyEngine(SatSolverChoice solver) {
        this.solver = solver;
    }

    private synchronized AlloyChecker checker() {
        if (checker == null) {
            checker = new AlloyChecker(solver == null ? SatSolverChoice.best() : solver);
        }
        return checker;
    }

    @Override
    public String name() {
        return "alloy";
    }

    @Override
    public Verdict check(Topology topology, Property property) {
        return result(topology, property).verdict();
    }

    @Override
    public Answer answer(Topology topology, Property property) {
        AlloyResult result = result(topology, property);
        return new Answer(name(), result.verdict(), result.instance().map(Evidence.class::cast), Optional.empty(),
                result.time());
    }

    /** Every property of one cluster, parsed once. */
    public Map<Property, AlloyResult> checkAll(Topology topology) {
        Map<Property, AlloyResult> results = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            results.put(property, result(topology, property));
        }
        return results;
    }

    /** One property, with Alloy's counterexample, its replay and the solution. */
    public AlloyResult result(Topology topology, Property property) {
        long start = System.nanoTime();
        ParsedModule parsed = parsed(topology);
        A4Solution solution = checker().check(parsed, property);
        if (!solution.satisfiable()) {
            return new AlloyResult(property, Verdict.proved(), Optional.empty(), Optional.empty(), Optional.empty(),
                    since(start));
        }
        AlloyFinding finding = reader.read(parsed, solution, property);
        Replay replay = Replay.of(topology, finding);
        Verdict verdict = replay.agrees()
                ? Verdict.violated(counterexample(topology, replay))
                : Verdict.unknown(replay.disagreement());
        return new AlloyResult(property, verdict, Optional.of(finding), Optional.of(replay),
                Optional.of(new InstanceEvidence(parsed, solution)), since(start));
    }

    private ParsedModule parsed(Topology topology) {
        Parsed last = lastParsed.get();
        if (last != null && last.topology() == topology) {
            return last.module();
        }
        ParsedModule module = checker().parse(AlloyModule.of(topology));
        lastParsed.set(new Parsed(topology, module));
        return module;
    }

    private static Counterexample counterexample(Topology topology, Replay replay) {
        AlloyFinding finding = replay.finding();
        return new Counterexample(finding.from(), finding.to(), replay.trace().hops(), finding.at(),
                finding.disposition(), replay.trace().explanation() + " (found by Alloy, confirmed by replay)",
                new Hints(topology).forTrace(replay.trace()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
