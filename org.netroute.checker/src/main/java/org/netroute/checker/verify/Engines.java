package org.netroute.checker.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.netroute.checker.interpreter.InterpreterEngine;

/**
 * Finds engines by name: the built-in interpreter and any {@link Engine} registered through
 * {@code META-INF/services/org.netroute.checker.verify.Engine} (the Alloy engine), plus
 * {@value #BOTH}, every available engine cross-checked.
 */
public final class Engines {

    /** The name that selects every available engine, cross-checked. */
    public static final String BOTH = "both";

    private final List<Engine> available;

    public Engines() {
        List<Engine> engines = new ArrayList<>();
        engines.add(new InterpreterEngine());
        for (Engine engine : ServiceLoader.load(Engine.class, Engines.class.getClassLoader())) {
            if (engines.stream().noneMatch(known -> known.name().equals(engine.name()))) {
                engines.add(engine);
            }
        }
        this.available = List.copyOf(engines);
    }

    public List<Engine> available() {
        return available;
    }

    /**
     * @throws IllegalArgumentException naming the available engines when {@code name} is not one of them
     */
    public EngineChoice named(String name) {
        if (BOTH.equals(name)) {
            if (available.size() < 2) {
                throw new IllegalArgumentException("engine '" + BOTH + "' needs two engines, but only "
                        + names() + " is available");
            }
            // the registered (proving) engines first: their counterexample, already replayed by the
            // interpreter, is the one reported; the interpreter is the cross-check
            List<Engine> order = new ArrayList<>(available.subList(1, available.size()));
            order.add(available.get(0));
            return new EngineChoice(BOTH, order);
        }
        return available.stream().filter(engine -> engine.name().equals(name)).findFirst().map(EngineChoice::of)
                .orElseThrow(() -> new IllegalArgumentException("engine '" + name + "' is not available (available: "
                        + names() + ", " + BOTH + ")"));
    }

    private String names() {
        return available.stream().map(Engine::name).collect(Collectors.joining(", "));
    }
}
