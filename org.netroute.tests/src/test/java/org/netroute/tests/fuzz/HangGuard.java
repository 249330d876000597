package org.netroute.tests.fuzz;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.netroute.checker.verify.TimeLimit;

/**
 * Runs one step of a fuzz input under a generous deadline, so that an endless loop shows up as a
 * finding that names the step and where its thread was, instead of a build that never ends. It is
 * no speed check: the deadline is many times what any input takes.
 */
public final class HangGuard {

    /** The deadline per step unless told otherwise ({@code -Dnetroute.fuzz.hangSeconds=N}). */
    public static final Duration DEFAULT = Duration.ofSeconds(Long.getLong("netroute.fuzz.hangSeconds", 30));

    private final TimeLimit limit;

    public HangGuard(Duration limit) {
        this.limit = new TimeLimit(limit);
    }

    /**
     * @return what the step returned
     * @throws AssertionError naming the step when it did not finish in time
     * @throws RuntimeException or Error: what the step threw, unchanged
     */
    public <T> T run(String step, Callable<T> work) {
        Thread[] worker = new Thread[1];
        try {
            return limit.run("fuzz-" + step, () -> {
                worker[0] = Thread.currentThread();
                return work.call();
            }).orElseThrow(() -> new AssertionError("hang: " + step + " did not finish within " + limit.limit()
                    .toSeconds() + " s; it was at\n" + stack(worker[0])));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(step + " failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + step, e);
        }
    }

    /** A step that returns nothing, under the same deadline. */
    public void run(String step, Runnable work) {
        run(step, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    private static String stack(Thread thread) {
        if (thread == null) {
            return "(not started)";
        }
        return Arrays.stream(thread.getStackTrace()).limit(40).map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n"));
    }
}
