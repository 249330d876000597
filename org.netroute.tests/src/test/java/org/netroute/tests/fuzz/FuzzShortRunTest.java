package org.netroute.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netroute.checker.verify.Verdict;

/**
 * The fuzzing run of every build: a fixed number of seeded inputs, grammar-aware clusters and
 * mutated examples, through every target and oracle, and a third as many Kubernetes dumps
 * through {@code netroute import} (about a minute). The seeds are fixed so that
 * a failure reproduces; {@code -Dnetroute.fuzz.seed=N} and {@code -Dnetroute.fuzz.count=N} run
 * others. The long campaign is the coverage-guided {@link CoverageGuidedFuzzTest}.
 */
class FuzzShortRunTest {

    private static final long FIRST_SEED = Long.getLong("netroute.fuzz.seed", 1L);
    private static final int COUNT = Integer.getInteger("netroute.fuzz.count", 300);
    private static final int DUMPS = COUNT / 3;

    @Test
    void seededInputsPassEveryOracle() {
        FuzzInputs inputs = new FuzzInputs();
        try (FuzzHarness harness = new FuzzHarness(Findings.ofBuild())) {
            for (long seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
                SeededChoices choices = new SeededChoices(seed);
                harness.run(inputs.next(choices, "seed " + seed), choices);
            }
            for (long seed = FIRST_SEED; seed < FIRST_SEED + DUMPS; seed++) {
                harness.runImport(inputs.nextDump(new SeededChoices(seed), "seed " + seed));
            }
            System.out.println("fuzz short run: " + harness.statistics());
            // the run must reach the engines and see both verdicts, or it tests less than it claims
            assertTrue(harness.statistics().verified() >= COUNT / 10, harness.statistics()::toString);
            assertTrue(harness.statistics().verdicts(Verdict.Status.PROVED) > 0, harness.statistics()::toString);
            assertTrue(harness.statistics().verdicts(Verdict.Status.VIOLATED) > 0, harness.statistics()::toString);
            assertTrue(harness.statistics().importsWritten() >= DUMPS / 10, harness.statistics()::toString);
        }
    }
}
