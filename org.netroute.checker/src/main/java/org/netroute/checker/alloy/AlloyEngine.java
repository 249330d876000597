package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.alloy.isolation.SolveReply;
import org.netroute.checker.alloy.isolation.SolveRequest;
import org.netroute.checker.alloy.isolation.SolverFailure;
import org.netroute.checker.alloy.isolation.SolverProcess;
import org.netroute.checker.alloy.isolation.SolverSettings;
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
 * else the verdict is UNKNOWN.
 *
 * <p>What the verifier asks ({@link #answer}) is solved in a {@link SolverProcess} of its own:
 * Alloy's parser and Kodkod's translation never look at interruption, so a solve past its time
 * limit is ended by ending that process, with its memory, and an out-of-memory there is an UNKNOWN,
 * not the end of the host. Where no process can be started (no Java binary or class path in the
 * host), the engine solves in the host's JVM as {@link #result} does.
 */
public final class AlloyEngine implements Engine {

    /** The solver asked for, or null for the best that loads (found on first use). */
    private final SatSolverChoice solver;
    private final SolverProcess process;
    /** Made on first use of the in-JVM path: an interpreter-only run never loads Alloy, Kodkod or a SAT solver. */
    private AlloyChecker checker;
    private final CounterexampleReader reader = new CounterexampleReader();
    /** The last cluster compressed, so that its three properties share that work. */
    private final AtomicReference<Prepared> lastPrepared = new AtomicReference<>();
    /** The last module parsed in this JVM (the in-JVM path only). */
    private final AtomicReference<ParsedModule> lastParsed = new AtomicReference<>();

    /** A cluster ready for Alloy: its compressed network and that network's module. */
    private record Prepared(Topology topology, CompressedNetwork network, AlloyModule module) {

        /** What the proof runs on, in words: the compressed network, or the cluster as written. */
        String basis() {
            InstanceAddresses addresses = InstanceAddresses.of(network);
            int classes = addresses.named().size() + addresses.representatives().size();
            String destinations = count(classes, "destination class", "destination classes");
            if (!network.reduced()) {
                return "the cluster as written (" + count(network.original().nodes().size(), "node", "nodes") + ", "
                        + count(network.original().pods().size(), "pod", "pods") + ", " + destinations
                        + "; nothing to compress)";
            }
            return network.summary() + ", " + destinations;
        }

        Optional<String> compressedSummary() {
            return network.reduced() ? Optional.of(network.summary()) : Optional.empty();
        }
    }

    /** An engine with the best SAT solver that loads, solving in a process with the JVM's default heap. */
    public AlloyEngine() {
        this(null, SolverSettings.defaults());
    }

    public AlloyEngine(SatSolverChoice solver) {
        this(solver, SolverSettings.defaults());
    }

    /** @param solver the SAT solver, or null for the best that loads where the solve runs */
    public AlloyEngine(SatSolverChoice solver, SolverSettings settings) {
        this.solver = solver;
        this.process = new SolverProcess(settings);
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

    /** One property decided in this JVM, as {@link #result} does: for callers without a time limit to enforce. */
    @Override
    public Verdict check(Topology topology, Property property) {
        return result(topology, property).verdict();
    }

    /**
     * One property, solved in the solver process.
     *
     * @throws CancellationException when the calling thread is interrupted (the solve is then ended)
     */
    @Override
    public Answer answer(Topology topology, Property property) {
        long start = System.nanoTime();
        Prepared prepared = prepared(topology);
        SolveReply reply;
        try {
            reply = process.solve(new SolveRequest(prepared.module().instance(), property,
                    solver == null ? "" : solver.id()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the Alloy solve of " + property.id() + " was stopped");
        } catch (SolverFailure failure) {
            if (!failure.started()) {
                AlloyResult result = result(topology, property);
                return new Answer(name(), result.verdict(), result.instance().map(Evidence.class::cast),
                        Optional.of(prepared.basis()), result.time());
            }
            return new Answer(name(), Verdict.unknown(failure.getMessage() + ", deciding " + property.id() + " on "
                    + prepared.basis()), Optional.empty(), Optional.of(prepared.basis()), since(start));
        }
        return switch (reply.outcome()) {
            case HOLDS -> new Answer(name(), Verdict.proved(), Optional.empty(), Optional.of(prepared.basis()),
                    since(start));
            case COUNTEREXAMPLE -> new Answer(name(), confirm(topology, prepared, reply.finding().orElseThrow()).verdict(),
                    Optional.of(new InstanceDocument(reply.instanceXml().orElseThrow(), prepared.compressedSummary())),
                    Optional.of(prepared.basis()), since(start));
            case FAILED -> new Answer(name(), Verdict.unknown("alloy failed on " + property.id() + ": "
                    + reply.failure()), Optional.empty(), Optional.of(prepared.basis()), since(start));
        };
    }

    /** What the proof of {@code topology} runs on, once its compression is done (else empty). */
    @Override
    public Optional<String> basis(Topology topology) {
        Prepared last = lastPrepared.get();
        return last != null && last.topology() == topology ? Optional.of(last.basis()) : Optional.empty();
    }

    /** Every property of one cluster, parsed once, in this JVM. */
    public Map<Property, AlloyResult> checkAll(Topology topology) {
        Map<Property, AlloyResult> results = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            results.put(property, result(topology, property));
        }
        return results;
    }

    /**
     * One property solved in this JVM, with Alloy's counterexample (on the compressed network, its
     * destination turned into an address of the original), its replay on the original cluster and
     * the solution: for tests and benchmarks that look inside, and where no process can be started.
     */
    public AlloyResult result(Topology topology, Property property) {
        long start = System.nanoTime();
        Prepared prepared = prepared(topology);
        ParsedModule parsed = parsed(prepared);
        A4Solution solution = checker().check(parsed, property);
        if (!solution.satisfiable()) {
            return new AlloyResult(property, Verdict.proved(), Optional.empty(), Optional.empty(), Optional.empty(),
                    since(start));
        }
        Confirmed confirmed = confirm(topology, prepared, reader.read(parsed, solution, property));
        return new AlloyResult(property, confirmed.verdict(), Optional.of(confirmed.replay().finding()),
                Optional.of(confirmed.replay()),
                Optional.of(new InstanceEvidence(parsed, solution, prepared.compressedSummary())), since(start));
    }

    /** A counterexample replayed on the original cluster, and the verdict the replay allows. */
    private record Confirmed(Replay replay, Verdict verdict) {
    }

    /**
     * A finding of the compressed network, its destination turned into an address of the original,
     * replayed there: VIOLATED when the replay agrees up to roles, else UNKNOWN.
     */
    private static Confirmed confirm(Topology topology, Prepared prepared, AlloyFinding found) {
        Roles roles = prepared.network().roles();
        Replay replay = Replay.of(topology, found.to(roles.concreteDestination(found.destination())));
        return new Confirmed(replay, replay.agreesUpTo(roles::roleOf)
                ? Verdict.violated(counterexample(topology, replay))
                : Verdict.unknown(replay.disagreement()));
    }

    /** The compressed network of a cluster, made once per cluster. */
    public CompressedNetwork compressed(Topology topology) {
        return prepared(topology).network();
    }

    private Prepared prepared(Topology topology) {
        Prepared last = lastPrepared.get();
        if (last != null && last.topology() == topology) {
            return last;
        }
        CompressedNetwork network = CompressedNetwork.of(topology);
        Prepared prepared = new Prepared(topology, network, AlloyModule.of(network));
        lastPrepared.set(prepared);
        return prepared;
    }

    private ParsedModule parsed(Prepared prepared) {
        ParsedModule last = lastParsed.get();
        if (last != null && last.module() == prepared.module()) {
            return last;
        }
        ParsedModule parsed = checker().parse(prepared.module());
        lastParsed.set(parsed);
        return parsed;
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
