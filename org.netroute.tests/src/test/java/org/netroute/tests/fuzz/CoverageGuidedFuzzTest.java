package org.netroute.tests.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The coverage-guided campaign: Jazzer (libFuzzer in the JVM) feeds bytes that steer the
 * grammar-aware generator and the example mutations, or are the text themselves, and keeps the
 * inputs that reach new code of the language, the checker and the importer (a quarter of the
 * inputs are Kubernetes dumps for {@code netroute import}). The Maven profile
 * {@code fuzz-campaign} runs it for 100,000 inputs (README, "Fuzzing"); the normal build leaves it
 * out, since Jazzer's agent would instrument the whole test JVM. Failing inputs go to
 * {@code target/fuzz-findings} as text, to be kept in {@code fuzz-regressions/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageGuidedFuzzTest {

    private FuzzInputs inputs;
    private FuzzHarness harness;

    @BeforeAll
    void startTargets() {
        inputs = new FuzzInputs();
        harness = new FuzzHarness(Findings.ofBuild());
    }

    @AfterAll
    void stopTargets() {
        System.out.println("fuzz campaign: " + harness.statistics());
        harness.close();
    }

    @FuzzTest(maxExecutions = 100_000, maxDuration = "24h")
    void everyInputPassesEveryOracle(FuzzedDataProvider data) {
        FuzzerChoices choices = new FuzzerChoices(data);
        if (choices.oneIn(4)) {
            harness.runImport(inputs.nextDump(choices, "fuzzer"));
        } else {
            harness.run(inputs.next(choices), choices);
        }
        if (harness.statistics().inputs() % 1_000 == 0) {
            System.out.println("fuzz campaign: " + harness.statistics());
        }
    }
}
