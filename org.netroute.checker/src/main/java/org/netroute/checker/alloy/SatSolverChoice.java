package org.netroute.checker.alloy;

import java.util.List;

import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;

/**
 * The SAT solver Kodkod uses: a native one (MiniSat, Glucose, through JNI) when its library
 * loads on this machine, else SAT4J, which is pure Java and always works. The concrete checks
 * reduce to constants, so the choice matters little there; it does for theorems.
 */
public record SatSolverChoice(SATFactory factory) {

    private static final List<String> PREFERENCE = List.of("minisat", "glucose", "sat4j");

    /** The first solver of MiniSat, Glucose, SAT4J that loads. */
    public static SatSolverChoice best() {
        for (String id : PREFERENCE) {
            var candidate = SATFactory.find(id);
            if (candidate.isPresent() && loads(candidate.get())) {
                return new SatSolverChoice(candidate.get());
            }
        }
        return sat4j();
    }

    /** SAT4J: no native code. */
    public static SatSolverChoice sat4j() {
        return new SatSolverChoice(SATFactory.get("sat4j"));
    }

    /**
     * The solver of this id ("minisat", "sat4j", ...), e.g. the one a solver process is asked to use.
     *
     * @throws IllegalArgumentException when no solver of that id is known
     */
    public static SatSolverChoice byId(String id) {
        return new SatSolverChoice(SATFactory.find(id)
                .orElseThrow(() -> new IllegalArgumentException("no SAT solver " + id)));
    }

    public String id() {
        return factory.id();
    }

    private static boolean loads(SATFactory factory) {
        try {
            if (!factory.isPresent()) {
                return false;
            }
            SATSolver solver = factory.instance();
            solver.free();
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
