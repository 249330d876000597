package org.netroute.checker.alloy;

import java.time.Duration;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;

import org.netroute.checker.verify.Property;

/**
 * Parses a module and runs its checks through the Alloy API with the options the concrete
 * checks need: no skolemisation (skolemDepth -1: the violations are read by evaluation instead,
 * ten times faster on large clusters) and the chosen SAT solver.
 */
public final class AlloyChecker {

    private final SatSolverChoice solver;

    public AlloyChecker(SatSolverChoice solver) {
        this.solver = solver;
    }

    public SatSolverChoice solver() {
        return solver;
    }

    /** Parses and type-checks a module. */
    public ParsedModule parse(AlloyModule module) {
        long start = System.nanoTime();
        CompModule world = CompUtil.parseEverything_fromString(reporter(), module.text());
        return new ParsedModule(module, world, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Checks one property: a satisfiable solution is a counterexample. */
    public A4Solution check(ParsedModule parsed, Property property) {
        return TranslateAlloyToKodkod.execute_command(reporter(), parsed.world().getAllReachableSigs(),
                parsed.command(property), options());
    }

    /** The options of every NetRoute check. */
    public A4Options options() {
        A4Options options = new A4Options();
        options.solver = solver.factory();
        options.skolemDepth = -1;
        return options;
    }

    static A4Reporter reporter() {
        return new InterruptibleReporter();
    }
}
