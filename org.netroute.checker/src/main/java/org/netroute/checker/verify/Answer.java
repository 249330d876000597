package org.netroute.checker.verify;

import java.time.Duration;
import java.util.Optional;

/**
 * What one engine said about one property of one cluster: its verdict, what it can show for it,
 * what it ran on, and how long it took. A property's result keeps every engine's answer.
 *
 * @param basis what the engine decided the property on, in words, when that is not simply the
 *              cluster as written (e.g. "5,000 nodes, 150,000 pods -> 4 nodes in 2 roles, ...")
 */
public record Answer(String engine, Verdict verdict, Optional<Evidence> evidence, Optional<String> basis,
        Duration time) {

    /** An answer without evidence, its time still to be measured. */
    public static Answer of(String engine, Verdict verdict) {
        return new Answer(engine, verdict, Optional.empty(), Optional.empty(), Duration.ZERO);
    }

    public Answer took(Duration duration) {
        return new Answer(engine, verdict, evidence, basis, duration);
    }
}
