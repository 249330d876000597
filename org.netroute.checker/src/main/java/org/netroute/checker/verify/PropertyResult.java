package org.netroute.checker.verify;

import java.util.List;
import java.util.Optional;

/**
 * One property's verdict on one cluster, with how long it took and every engine's own answer
 * (their counterexamples and evidence), so that reports need not ask again.
 */
public record PropertyResult(Property property, Verdict verdict, long millis, List<Answer> answers) {

    public PropertyResult {
        answers = List.copyOf(answers);
    }

    /** A result without engines' answers (for results made by hand, e.g. in tests). */
    public PropertyResult(Property property, Verdict verdict, long millis) {
        this(property, verdict, millis, List.of());
    }

    /** The evidence the engines kept for this property, in the order of the answers. */
    public List<Evidence> evidence() {
        return answers.stream().map(Answer::evidence).flatMap(Optional::stream).toList();
    }
}
