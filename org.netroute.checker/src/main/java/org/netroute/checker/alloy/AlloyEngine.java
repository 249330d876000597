package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.interpreter.Disposition;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * The Alloy engine: decides the properties by checking netroute.als against the cluster's
 * instance with Kodkod, an answer independent of the interpreter's. Each property gets a time
 * limit (past it: UNKNOWN); each counterexample is replayed by the interpreter and reported only
 * if the replay ends the same way ("confirmed by replay"), else the verdict is UNKNOWN.
 */
public final class AlloyEngine implements Engine {

    /** The time limit per property when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Duration timeoutPerProperty;
    private final AlloyChecker checker;
    private final CounterexampleReader reader = new CounterexampleReader();
    /** The last topology parsed, so that the three properties of one cluster share one parse. */
    private final AtomicReference<Parsed> lastParsed = new AtomicReference<>();

    private record Parsed(Topology topology, ParsedModule module) {
    }

    public AlloyEngine() {
        this(DEFAULT_TIMEOUT);
    }

    public AlloyEngine(Duration timeoutPerProperty) {
        this(timeoutPerProperty, SatSolverChoice.best());
    }

    public AlloyEngine(Duration timeoutPerProperty, SatSolverChoice solver) {
        this.timeoutPerProperty = timeoutPerProperty;
        this.checker = new AlloyChecker(solver);
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
    public Engine limitedTo(Duration perProperty) {
        return new AlloyEngine(perProperty, checker.solver());
    }

    /** Every property of one cluster, parsed once. */
    public Map<Property, AlloyResult> checkAll(Topology topology) {
        Map<Property, AlloyResult> results = new EnumMap<>(Property.class);
        for (Property property : Property.values()) {
            results.put(property, result(topology, property));
        }
        return results;
    }

    /** One property, with Alloy's counterexample and its replay. */
    public AlloyResult result(Topology topology, Property property) {
        long start = System.nanoTime();
        TimeLimit limit = new TimeLimit(timeoutPerProperty);
        try {
            Optional<AlloyResult> result = limit.run(property.id(), () -> decide(topology, property, start));
            return result.orElseGet(() -> AlloyResult.unknown(property, "Alloy did not decide " + property.id()
                    + " within " + seconds(timeoutPerProperty) + " (" + topology + ")", since(start)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return AlloyResult.unknown(property, "Alloy failed on " + property.id() + ": " + cause, since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AlloyResult.unknown(property, "interrupted while Alloy checked " + property.id(), since(start));
        }
    }

    private AlloyResult decide(Topology topology, Property property, long start) {
        ParsedModule parsed = parsed(topology);
        A4Solution solution = checker.check(parsed, property);
        if (!solution.satisfiable()) {
            return new AlloyResult(property, Verdict.proved(), Optional.empty(), Optional.empty(), since(start));
        }
        AlloyFinding finding = reader.read(parsed, solution, property);
        Replay replay = Replay.of(topology, finding);
        Verdict verdict = replay.agrees()
                ? Verdict.violated(counterexample(replay))
                : Verdict.unknown(replay.disagreement());
        return new AlloyResult(property, verdict, Optional.of(finding), Optional.of(replay), since(start));
    }

    private ParsedModule parsed(Topology topology) {
        Parsed last = lastParsed.get();
        if (last != null && last.topology() == topology) {
            return last.module();
        }
        ParsedModule module = checker.parse(AlloyModule.of(topology));
        lastParsed.set(new Parsed(topology, module));
        return module;
    }

    private static Counterexample counterexample(Replay replay) {
        AlloyFinding finding = replay.finding();
        return new Counterexample(finding.from(), finding.to(), replay.trace().hops(), finding.at(),
                finding.disposition(), replay.trace().explanation() + " (found by Alloy, confirmed by replay)",
                hint(finding.disposition()));
    }

    /** What to change, per way of failing. */
    static String hint(Disposition disposition) {
        return switch (disposition) {
            case NO_ROUTE -> "give the device a route to the destination: a BGP peer, auto-direct-node-routes"
                    + " on a shared segment, a static route or a gateway; or add the missing pod";
            case NULL_ROUTED -> "remove or narrow the null route, or add a longer route to the destination";
            case DENIED -> "let the firewall allow the packet (in tunnel mode: UDP to the tunnel port between nodes)";
            case LOOP -> "make the routes agree on the way to the destination: a route points back towards"
                    + " a device that sent the packet";
            case MTU_EXCEEDED -> "lower cilium's mtu or raise the segment's MTU (jumbo frames)";
            case NEIGHBOR_UNREACHABLE -> "make the next hop the address of another device on an attached segment";
            case DELIVERED -> "nothing: the packet is delivered";
        };
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }
}
