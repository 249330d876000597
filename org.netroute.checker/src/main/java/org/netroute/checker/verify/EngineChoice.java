package org.netroute.checker.verify;

import java.util.List;

/**
 * The engines a run asks, by the name the user chose ({@code both} = every available engine,
 * cross-checked), in the order their answers are weighed: the first one's counterexample is the
 * one reported.
 */
public record EngineChoice(String name, List<Engine> engines) {

    public EngineChoice {
        engines = List.copyOf(engines);
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("no engine chosen");
        }
    }

    /** A choice of one engine. */
    public static EngineChoice of(Engine engine) {
        return new EngineChoice(engine.name(), List.of(engine));
    }
}
