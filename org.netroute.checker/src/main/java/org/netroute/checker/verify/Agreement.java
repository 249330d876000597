package org.netroute.checker.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verdict of several engines on one question: their common answer when they agree (the first
 * engine's counterexample), UNKNOWN naming the disagreement otherwise, so that a bug in either
 * semantics shows up instead of a wrong proof. An engine that could not decide (a timeout) leaves
 * the property UNKNOWN for that reason: nothing is proved, and nothing disagrees; what the other
 * engines decided, and in what time, leads the reason, so that no finished answer is lost.
 */
public final class Agreement {

    private Agreement() {
    }

    public static Verdict of(List<Answer> answers) {
        if (answers.size() == 1) {
            return answers.get(0).verdict();
        }
        List<String> decided = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.verdict() instanceof Verdict.Unknown unknown) {
                undecided.add(answer.engine() + ": " + unknown.reason());
            } else {
                decided.add(answer.engine() + ": " + said(answer));
            }
        }
        if (!undecided.isEmpty()) {
            decided.addAll(undecided);
            return Verdict.unknown(String.join("; ", decided));
        }
        if (answers.stream().map(answer -> answer.verdict().status()).distinct().count() == 1) {
            // a proof's scope (the pairs policy allows), from the engine that states it
            return answers.stream().map(Answer::verdict)
                    .filter(verdict -> verdict instanceof Verdict.Proved proved && proved.scope().isPresent())
                    .findFirst().orElse(answers.get(0).verdict());
        }
        String said = answers.stream().map(answer -> answer.engine() + " says " + answer.verdict().status())
                .collect(Collectors.joining(", "));
        return Verdict.unknown("INTERNAL ERROR: the engines disagree (" + said
                + "): one of the two semantics has a bug; nothing is proved");
    }

    /** A decided answer in words: "PROVED in 2.1 s", "VIOLATED in 0.6 s (web -> db: NO_ROUTE at core)". */
    private static String said(Answer answer) {
        String said = answer.verdict().status() + " in "
                + String.format(Locale.ROOT, "%.1f s", answer.time().toMillis() / 1000.0);
        if (answer.verdict() instanceof Verdict.Violated violated) {
            Counterexample counterexample = violated.counterexample();
            said += " (" + counterexample.from() + " -> " + counterexample.to() + ": " + counterexample.disposition()
                    + " at " + counterexample.at() + ")";
        }
        return said;
    }
}
