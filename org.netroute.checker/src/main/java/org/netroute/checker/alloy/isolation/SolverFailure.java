package org.netroute.checker.alloy.isolation;

/**
 * A solve that got no answer from the solver process: it could not be started in this host, or
 * it died (an out-of-memory among the reasons). Either way the property stays UNKNOWN for the
 * reason given; {@link #started()} tells whether a process had been running at all.
 */
public final class SolverFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean started;

    SolverFailure(String reason, boolean started) {
        super(reason);
        this.started = started;
    }

    /** False when no process could be started (then the host may solve in its own JVM instead). */
    public boolean started() {
        return started;
    }
}
