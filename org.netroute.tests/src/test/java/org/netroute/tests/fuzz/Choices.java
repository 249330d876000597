package org.netroute.tests.fuzz;

import java.util.List;

/**
 * Where a generator's decisions come from: a seeded random source for the short run in every
 * build, or the fuzzer's bytes for the coverage-guided campaign, so that one generator serves both
 * and the fuzzer steers its choices towards new coverage.
 */
public interface Choices {

    /** A number in {@code [0, bound)}; {@code bound} is at least 1. */
    int below(int bound);

    default boolean oneIn(int n) {
        return below(n) == 0;
    }

    default <T> T oneOf(List<T> options) {
        return options.get(below(options.size()));
    }

    default <T> T oneOf(T[] options) {
        return options[below(options.length)];
    }
}
