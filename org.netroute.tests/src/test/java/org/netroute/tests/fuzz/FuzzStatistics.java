package org.netroute.tests.fuzz;

import java.util.EnumMap;
import java.util.Map;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * How far a run's inputs got: a run that never reaches the engines proves little about them, so
 * its figures are printed and the short run asserts on them.
 */
public final class FuzzStatistics {

    private long inputs;
    private long verified;
    private long clusters;
    private long crossChecked;
    private long imports;
    private long importsWritten;
    private final Map<Verdict.Status, Long> verdicts = new EnumMap<>(Verdict.Status.class);
    private final long start = System.nanoTime();

    synchronized void count(FileResult result) {
        inputs++;
        if (!result.clusters().isEmpty()) {
            verified++;
            if (result.clusters().get(0).properties().get(0).answers().size() > 1) {
                crossChecked++;
            }
        }
        for (ClusterResult cluster : result.clusters()) {
            clusters++;
            for (PropertyResult property : cluster.properties()) {
                verdicts.merge(property.verdict().status(), 1L, Long::sum);
            }
        }
    }

    synchronized void countImport(boolean written) {
        imports++;
        if (written) {
            importsWritten++;
        }
    }

    /** Dumps imported, and how many of them became a file. */
    public synchronized long imports() {
        return imports;
    }

    public synchronized long importsWritten() {
        return importsWritten;
    }

    public synchronized long inputs() {
        return inputs;
    }

    /** Inputs that validated and were verified (by the interpreter, and by Alloy for some). */
    public synchronized long verified() {
        return verified;
    }

    public synchronized long verdicts(Verdict.Status status) {
        return verdicts.getOrDefault(status, 0L);
    }

    @Override
    public synchronized String toString() {
        return inputs + " inputs in " + (System.nanoTime() - start) / 1_000_000_000 + " s, " + verified
                + " valid files (" + clusters + " clusters) verified, " + crossChecked
                + " of them by Alloy and the interpreter side by side, verdicts " + verdicts + "; " + imports
                + " dumps imported, " + importsWritten + " of them written as a file";
    }
}
