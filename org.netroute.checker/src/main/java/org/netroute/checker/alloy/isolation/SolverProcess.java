package org.netroute.checker.alloy.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * NetRoute's side of one solver process ({@link SolverMain}): started on first use, kept for the
 * next solve (it stays warm and keeps the last parse), and killed when the thread waiting on it
 * is interrupted, as the verifier interrupts an engine past its time limit. So an abandoned solve
 * ends at once, with its memory, instead of running on beside the next property; the next solve
 * starts a fresh process. One solve at a time: callers queue, interruptibly.
 */
public final class SolverProcess implements AutoCloseable {

    /** The exit status of a JVM that ended on an OutOfMemoryError (-XX:+ExitOnOutOfMemoryError). */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final long POLL_MILLIS = 2;
    private static final int STDERR_KEPT = 4_000;

    private final SolverSettings settings;
    private final ReentrantLock lock = new ReentrantLock();
    private Process process;
    private DataInputStream in;
    private DataOutputStream out;
    private StderrTail stderr;
    /** When the process last answered: one idle for nearly {@link SolverMain#IDLE_MILLIS} is replaced, not raced. */
    private long lastUsed;

    public SolverProcess(SolverSettings settings) {
        this.settings = settings;
    }

    /** Whether a solver process can be started in this host (a Java binary and a class path were found). */
    public static boolean available() {
        return javaBinary().isPresent() && SolverClasspath.find().isPresent();
    }

    /**
     * Asks the process one question and waits for its answer.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the process is then killed)
     * @throws SolverFailure        when the process could not be started, died or ran out of memory
     */
    public SolveReply solve(SolveRequest request) throws InterruptedException, SolverFailure {
        lock.lockInterruptibly();
        try {
            return solveLocked(request);
        } finally {
            lock.unlock();
        }
    }

    private SolveReply solveLocked(SolveRequest request) throws InterruptedException, SolverFailure {
        try {
            if (process == null || !process.isAlive()
                    || System.nanoTime() - lastUsed > SolverMain.IDLE_MILLIS / 2 * 1_000_000L) {
                start();
            }
            try {
                request.write(out);
                out.flush();
                awaitBytes();
                SolveReply reply = SolveReply.read(in);
                lastUsed = System.nanoTime();
                return reply;
            } catch (IOException e) {
                throw died(e);
            }
        } catch (InterruptedException e) {
            kill();
            throw e;
        }
    }

    /** Kills the process, if any; the next solve starts a new one. */
    @Override
    public void close() {
        lock.lock();
        try {
            kill();
        } finally {
            lock.unlock();
        }
    }

    private void start() throws SolverFailure, InterruptedException {
        kill();
        Optional<Path> java = javaBinary();
        Optional<String> classpath = SolverClasspath.find();
        if (java.isEmpty() || classpath.isEmpty()) {
            throw new SolverFailure("no Java binary or class path for a solver process in this host", false);
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(settings.jvmOptions());
        command.add("-cp");
        command.add(classpath.get());
        command.add(SolverMain.class.getName());
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            process = null;
            throw new SolverFailure("cannot start a solver process: " + e.getMessage(), false);
        }
        stderr = new StderrTail(process.getErrorStream());
        in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        try {
            awaitBytes();
            int ready = in.readUnsignedByte();
            if (ready != SolverMain.READY) {
                throw new SolverFailure("the solver process did not start: it wrote " + ready + " first", false);
            }
        } catch (IOException e) {
            throw died(e);
        }
        lastUsed = System.nanoTime();
    }

    /** Waits, interruptibly, until the process has written something, or has ended. */
    private void awaitBytes() throws IOException, InterruptedException {
        while (in.available() == 0) {
            if (!process.isAlive()) {
                // whatever it wrote before it ended is still readable; else the read below fails
                if (in.available() == 0) {
                    throw new IOException("the solver process ended");
                }
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Why the process is gone, from its exit status and what it printed; it is killed. */
    private SolverFailure died(IOException e) throws InterruptedException {
        Process dead = process;
        String printed = stderr == null ? "" : stderr.text();
        kill();
        Integer status = null;
        if (dead != null && dead.waitFor(2, TimeUnit.SECONDS)) {
            status = dead.exitValue();
        }
        if (status != null && status == OUT_OF_MEMORY_EXIT || printed.contains("OutOfMemoryError")) {
            return new SolverFailure("Alloy ran out of memory (the solver process's heap is "
                    + settings.heapWords() + ")", true);
        }
        String last = printed.isBlank() ? "" : ": " + cause(printed);
        return new SolverFailure("the solver process ended unexpectedly (" + (status == null ? e.getMessage()
                : "exit status " + status) + ")" + last, true);
    }

    /** What a dead JVM printed that says why: its exceptions and their causes, else its last line. */
    private static String cause(String printed) {
        List<String> why = printed.lines().map(String::strip)
                .filter(line -> line.matches("(Exception in thread .*|Caused by: .*|Error: .*|[\\w.$]+(Exception|Error)(: .*)?)"))
                .distinct().limit(3).toList();
        return why.isEmpty() ? printed.strip().lines().reduce((a, b) -> b).orElse("") : String.join("; ", why);
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            boolean interrupted = Thread.interrupted();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        process = null;
        in = null;
        out = null;
        stderr = null;
    }

    private static Optional<Path> javaBinary() {
        Path java = Path.of(System.getProperty("java.home", ""), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        if (Files.isExecutable(java)) {
            return Optional.of(java);
        }
        return ProcessHandle.current().info().command().map(Path::of).filter(Files::isExecutable);
    }

    /** The last few thousand characters the process wrote to its standard error, read by a daemon thread. */
    private static final class StderrTail {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        StderrTail(InputStream stream) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = stream.read(buffer)) >= 0;) {
                        synchronized (kept) {
                            kept.write(buffer, 0, n);
                            if (kept.size() > 4 * STDERR_KEPT) {
                                byte[] all = kept.toByteArray();
                                kept.reset();
                                kept.write(all, all.length - STDERR_KEPT, STDERR_KEPT);
                            }
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }, "solver-stderr");
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            synchronized (kept) {
                byte[] all = kept.toByteArray();
                int from = Math.max(0, all.length - STDERR_KEPT);
                return new String(all, from, all.length - from, StandardCharsets.UTF_8);
            }
        }
    }
}
