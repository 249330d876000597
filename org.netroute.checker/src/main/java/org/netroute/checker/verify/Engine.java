package org.netroute.checker.verify;

import java.util.Optional;

import org.netroute.checker.topology.Topology;

/**
 * Something that decides the properties of a topology: the Java interpreter or the Alloy model.
 * Engines are found by {@link Engines} (built-ins and {@link java.util.ServiceLoader} providers),
 * so a new one plugs in without touching front ends; the {@link Verifier} gives each its time
 * limit and cross-checks them.
 */
public interface Engine {

    /** The name users select it by ({@code --engine interpreter}). */
    String name();

    /** Decides one property of one cluster. Must not throw on any valid topology. */
    Verdict check(Topology topology, Property property);

    /**
     * What the engine decides {@code topology} on, in words, as soon as it knows (e.g. once the
     * cluster is compressed), so that a property it could not decide in time says so too.
     */
    default Optional<String> basis(Topology topology) {
        return Optional.empty();
    }

    /** The verdict with what the engine can show for it (e.g. the solver's instance). */
    default Answer answer(Topology topology, Property property) {
        return Answer.of(name(), check(topology, property));
    }
}
