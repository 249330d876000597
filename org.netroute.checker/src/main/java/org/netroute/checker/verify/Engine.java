package org.netroute.checker.verify;

import java.time.Duration;

import org.netroute.checker.topology.Topology;

/**
 * Something that decides the properties of a topology: the Java interpreter, the Alloy model,
 * or several of them cross-checked. Engines are found by {@link Engines} (built-ins and
 * {@link java.util.ServiceLoader} providers), so a new one plugs in without touching front ends.
 */
public interface Engine {

    /** The name users select it by ({@code --engine interpreter}). */
    String name();

    /** Decides one property of one cluster. Must not throw on any valid topology. */
    Verdict check(Topology topology, Property property);

    /**
     * This engine with a time limit per property, for engines whose search can run long (past the
     * limit the property is UNKNOWN). An engine that always finishes promptly, as the interpreter
     * does, has no use for one and is returned as it is.
     */
    default Engine limitedTo(Duration perProperty) {
        return this;
    }
}
