package org.netroute.checker.verify;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work in its own daemon thread and stops waiting after a deadline or when the
 * user cancels: the one time limit of every engine and front end. Work that has finished is
 * taken whenever it is awaited, even after its deadline (several pieces are awaited one after the
 * other, each on its own deadline). Abandoned work is interrupted, and {@link Running#stop} waits
 * a moment for it to end, so that it does not run on beside what comes next; work that must end
 * at once ends itself on interruption (the Alloy engine kills its solver process).
 */
public final class TimeLimit {

    private static final long POLL_MILLIS = 50;
    /** How long {@link Running#stop} waits for interrupted work to end. */
    private static final long STOP_MILLIS = 10_000;

    private final Duration limit;

    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Runs work that cannot be canceled other than by the deadline. */
    public <T> Optional<T> run(String name, Callable<T> work) throws ExecutionException, InterruptedException {
        return run(name, work, Monitor.none());
    }

    /**
     * @return the work's result, or empty when the limit passed first
     * @throws ExecutionException    when the work failed
     * @throws CancellationException when the monitor says the user canceled
     */
    public <T> Optional<T> run(String name, Callable<T> work, Monitor monitor)
            throws ExecutionException, InterruptedException {
        return start(name, work).await(monitor);
    }

    /**
     * Starts work in its own daemon thread; its deadline runs from now. Several pieces started
     * together run side by side (the engines of one property use both cores) and each keeps its
     * own limit.
     */
    public <T> Running<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "netroute-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Running<>(task, thread, System.nanoTime() + limit.toNanos());
    }

    /** Work started under a time limit, to be awaited. */
    public static final class Running<T> {

        private final FutureTask<T> task;
        private final Thread thread;
        private final long deadline;

        private Running(FutureTask<T> task, Thread thread, long deadline) {
            this.task = task;
            this.thread = thread;
            this.deadline = deadline;
        }

        /**
         * @return the work's result, even when it finished after its deadline while something else was
         *         awaited; empty when the deadline passed with the work unfinished (it is then interrupted)
         * @throws ExecutionException    when the work failed
         * @throws CancellationException when the monitor says the user canceled (the work is interrupted)
         */
        public Optional<T> await(Monitor monitor) throws ExecutionException, InterruptedException {
            try {
                while (true) {
                    if (task.isDone()) {
                        return Optional.of(task.get());
                    }
                    if (monitor.canceled()) {
                        task.cancel(true);
                        throw new CancellationException("canceled");
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        task.cancel(true);
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                                TimeUnit.NANOSECONDS));
                    } catch (TimeoutException e) {
                        // not yet: look at the monitor and the clock again
                    }
                }
            } catch (InterruptedException | CancellationException e) {
                task.cancel(true);
                throw e;
            }
        }

        /**
         * Stops the work, if it still runs, and waits up to 10 s for its thread to end, e.g. when
         * the run is canceled while waiting for another piece, or once every piece was awaited.
         */
        public void stop() {
            task.cancel(true);
            if (thread == Thread.currentThread()) {
                return;
            }
            boolean interrupted = false;
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_MILLIS);
            while (thread.isAlive() && System.nanoTime() < end) {
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The limit in words, e.g. "60.0 s". */
    public String words() {
        return limit.toMillis() / 1000.0 + " s";
    }
}
