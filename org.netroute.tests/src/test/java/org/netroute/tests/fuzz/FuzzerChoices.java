package org.netroute.tests.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Choices read from Jazzer's input bytes: libFuzzer mutates them towards decisions that reach new code. */
public final class FuzzerChoices implements Choices {

    private final FuzzedDataProvider data;

    public FuzzerChoices(FuzzedDataProvider data) {
        this.data = data;
    }

    @Override
    public int below(int bound) {
        return bound <= 1 ? 0 : data.consumeInt(0, bound - 1);
    }

    /** What is left of the input, as text: the fuzzer's raw material when no generator shapes it. */
    public String rest() {
        return data.consumeRemainingAsString();
    }
}
