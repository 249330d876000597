package org.netroute.tests.fuzz;

import java.util.SplittableRandom;

/** Choices from a seed: the same seed gives the same input, so every finding of the short run can be replayed. */
public final class SeededChoices implements Choices {

    private final SplittableRandom random;

    public SeededChoices(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int below(int bound) {
        return random.nextInt(bound);
    }
}
