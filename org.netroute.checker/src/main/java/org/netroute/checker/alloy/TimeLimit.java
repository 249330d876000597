package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of Alloy work in its own daemon thread and stops waiting after a deadline. Kodkod's
 * translation does not poll for interruption, so on timeout the thread is interrupted (the
 * {@link InterruptibleReporter} ends it at the next phase Alloy reports) and otherwise abandoned:
 * the caller gets its answer on time either way.
 */
final class TimeLimit {

    private final Duration limit;

    TimeLimit(Duration limit) {
        this.limit = limit;
    }

    /**
     * @return the work's result, or empty when the limit passed first
     * @throws ExecutionException when the work failed
     */
    <T> Optional<T> run(String name, Callable<T> work) throws ExecutionException, InterruptedException {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "netroute-alloy-" + name);
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.of(task.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            task.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        }
    }
}
