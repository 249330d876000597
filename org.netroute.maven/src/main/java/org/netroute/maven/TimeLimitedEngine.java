package org.netroute.maven;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * Gives any engine a time limit per property: past it the property is UNKNOWN, so one hard
 * cluster cannot hang a CI build. The abandoned work runs on in a daemon thread and is
 * interrupted; it cannot keep Maven from exiting.
 */
final class TimeLimitedEngine implements Engine {

    private final Engine engine;
    private final Duration limit;

    TimeLimitedEngine(Engine engine, Duration limit) {
        this.engine = engine;
        this.limit = limit;
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public Verdict check(Topology topology, Property property) {
        FutureTask<Verdict> task = new FutureTask<>(() -> engine.check(topology, property));
        Thread thread = new Thread(task, "netroute-" + engine.name() + "-" + property.id());
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return Verdict.unknown(engine.name() + " did not decide " + property.id() + " within " + limit.toSeconds()
                    + " s (the plugin's timeout)");
        } catch (ExecutionException e) {
            return Verdict.unknown(engine.name() + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return Verdict.unknown("interrupted while " + engine.name() + " decided " + property.id());
        }
    }
}
