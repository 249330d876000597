package org.netroute.checker.alloy;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.ErrorAPI;

/**
 * An Alloy reporter that ends the work of an interrupted thread (a check past its time limit)
 * at the next phase Alloy reports: parsing, type checking, translation, solving.
 */
final class InterruptibleReporter extends A4Reporter {

    @Override
    public void parse(String message) {
        stopIfInterrupted();
    }

    @Override
    public void typecheck(String message) {
        stopIfInterrupted();
    }

    @Override
    public void scope(String message) {
        stopIfInterrupted();
    }

    @Override
    public void bound(String message) {
        stopIfInterrupted();
    }

    @Override
    public void translate(String solver, int bitwidth, int maxseq, int mintrace, int maxtrace, int skolemDepth,
            int symmetry, String strategy) {
        stopIfInterrupted();
    }

    @Override
    public void solve(int step, int primaryVars, int totalVars, int clauses) {
        stopIfInterrupted();
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ErrorAPI("NetRoute stopped the Alloy check: its time limit passed");
        }
    }
}
