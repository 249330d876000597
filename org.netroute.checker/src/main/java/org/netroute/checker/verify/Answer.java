package org.netroute.checker.verify;

import java.time.Duration;
import java.util.Optional;

/**
 * What one engine said about one property of one cluster: its verdict, what it can show for it,
 * and how long it took. A property's result keeps every engine's answer.
 */
public record Answer(String engine, Verdict verdict, Optional<Evidence> evidence, Duration time) {

    /** An answer without evidence, its time still to be measured. */
    public static Answer of(String engine, Verdict verdict) {
        return new Answer(engine, verdict, Optional.empty(), Duration.ZERO);
    }

    public Answer took(Duration duration) {
        return new Answer(engine, verdict, evidence, duration);
    }
}
