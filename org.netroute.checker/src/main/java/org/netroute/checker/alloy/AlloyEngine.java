package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.compress.Roles;
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
 * instance with Kodkod, an answer independent of the interpreter's. The instance is that of the
 * cluster compressed by its verified symmetries ({@link CompressedNetwork}, docs/COMPRESSION.md),
 * which has the same verdicts; the interpreter never sees the compression. Each counterexample
 * is replayed by the interpreter on the original cluster and reported only if the replay ends the
 * same way at a device of the same role along devices of the same roles ("confirmed by replay"),
 * else the verdict is UNKNOWN; the solution found is kept as the answer's evidence.
 * Time limits and cancelling are the {@link org.netroute.checker.verify.Verifier}'s: an
 * interrupted solve ends at the next phase Alloy reports.
 */
public final class AlloyEngine implements Engine {

    /** The solver asked for, or null for the best that loads here (found on first use). */
    private final SatSolverChoice solver;
    /** Made on first use: an interpreter-only run never loads Alloy, Kodkod or a SAT solver. */
    private AlloyChecker checker;
    private final CounterexampleReader reader = new CounterexampleReader();
    /** The last cluster compressed and parsed, so that its three properties share that work. */
    private final AtomicReference<Prepared> lastPrepared = new AtomicReference<>();

    /** A cluster ready for Alloy: its compressed network and that network's parsed module. */
    private record Prepared(Topology topology, CompressedNetwork network, ParsedModule module) {

        /** What the proof runs on, in words: the compressed network, or the cluster as written. */
        Optional<String> basis() {
            InstanceAddresses addresses = InstanceAddresses.of(network);
            int classes = addresses.named().size() + addresses.representatives().size();
            String destinations = count(classes, "destination class", "destination classes");
            if (!network.reduced()) {
                return Optional.of("the cluster as written (" + count(network.original().nodes().size(), "node", "nodes")
                        + ", " + count(network.original().pods().size(), "pod", "pods") + ", " + destinations
                        + "; nothing to compress)");
            }
            return Optional.of(network.summary() + ", " + destinations);
        }
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
        return new Answer(name(), result.verdict(), result.instance().map(Evidence.class::cast),
                prepared(topology).basis(), result.time());
    }

    /** Every property of one cluster, parsed once. */
    public Map<Property, AlloyResult> checkAll(Topology topology) {
        Map<Property, AlloyResult> results = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            results.put(property, result(topology, property));
        }
        return results;
    }

    /**
     * One property, with Alloy's counterexample (on the compressed network, its destination turned
     * into an address of the original), its replay on the original cluster and the solution.
     */
    public AlloyResult result(Topology topology, Property property) {
        long start = System.nanoTime();
        Prepared prepared = prepared(topology);
        A4Solution solution = checker().check(prepared.module(), property);
        if (!solution.satisfiable()) {
            return new AlloyResult(property, Verdict.proved(), Optional.empty(), Optional.empty(), Optional.empty(),
                    since(start));
        }
        Roles roles = prepared.network().roles();
        AlloyFinding found = reader.read(prepared.module(), solution, property);
        AlloyFinding finding = found.to(roles.concreteDestination(found.destination()));
        Replay replay = Replay.of(topology, finding);
        Verdict verdict = replay.agreesUpTo(roles::roleOf)
                ? Verdict.violated(counterexample(topology, replay))
                : Verdict.unknown(replay.disagreement());
        Optional<String> compressed = prepared.network().reduced() ? Optional.of(prepared.network().summary())
                : Optional.empty();
        return new AlloyResult(property, verdict, Optional.of(finding), Optional.of(replay),
                Optional.of(new InstanceEvidence(prepared.module(), solution, compressed)), since(start));
    }

    /** The compressed network of a cluster and its parsed module, made once per cluster. */
    public CompressedNetwork compressed(Topology topology) {
        return prepared(topology).network();
    }

    private Prepared prepared(Topology topology) {
        Prepared last = lastPrepared.get();
        if (last != null && last.topology() == topology) {
            return last;
        }
        CompressedNetwork network = CompressedNetwork.of(topology);
        Prepared prepared = new Prepared(topology, network, checker().parse(AlloyModule.of(network)));
        lastPrepared.set(prepared);
        return prepared;
    }

    private static Counterexample counterexample(Topology topology, Replay replay) {
        AlloyFinding finding = replay.finding();
        return new Counterexample(finding.from(), finding.to(), replay.trace().hops(), finding.at(),
                finding.disposition(), replay.trace().explanation() + " (found by Alloy, confirmed by replay)",
                new Hints(topology).forTrace(replay.trace()));
    }

    private static String count(int number, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", number, number == 1 ? one : many);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
