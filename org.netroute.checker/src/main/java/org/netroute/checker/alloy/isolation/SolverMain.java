package org.netroute.checker.alloy.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Optional;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.alloy.AlloyChecker;
import org.netroute.checker.alloy.AlloyFinding;
import org.netroute.checker.alloy.AlloyModule;
import org.netroute.checker.alloy.AlloySemantics;
import org.netroute.checker.alloy.CounterexampleReader;
import org.netroute.checker.alloy.InstanceEvidence;
import org.netroute.checker.alloy.ParsedModule;
import org.netroute.checker.alloy.SatSolverChoice;

/**
 * The solver process: a JVM of its own in which Alloy parses, translates and solves, so that a
 * solve past its time limit is ended by ending the process (Alloy's parser and Kodkod's
 * translation never look at interruption) and an out-of-memory ends only this process. It reads
 * {@link SolveRequest}s on standard input and answers each with a {@link SolveReply} on standard
 * output, keeping the last parsed module so that one cluster's properties share its parse. It
 * ends when its input ends, when the process that started it is gone, or after 30 s without a
 * request (an idle process would otherwise hold its heap for as long as its host runs).
 */
public final class SolverMain {

    /** The first byte the process writes: it has started and reads requests. */
    static final int READY = 0x4E;
    /** How long the process waits for a request before it ends. */
    static final long IDLE_MILLIS = 30_000;

    private ParsedModule last;
    private AlloyChecker checker;

    private SolverMain() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // nothing Alloy or a logger prints may reach the pipe
        System.setOut(System.err);
        Activity activity = new Activity();
        watch(activity);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        out.writeByte(READY);
        out.flush();
        SolverMain solver = new SolverMain();
        while (true) {
            SolveRequest request;
            try {
                request = SolveRequest.read(in);
            } catch (EOFException e) {
                return;
            }
            activity.busy(true);
            solver.answer(request).write(out);
            out.flush();
            activity.busy(false);
        }
    }

    private SolveReply answer(SolveRequest request) {
        try {
            if (checker == null || !checker.solver().id().equals(request.solverId()) && !request.solverId().isEmpty()) {
                checker = new AlloyChecker(request.solverId().isEmpty() ? SatSolverChoice.best()
                        : SatSolverChoice.byId(request.solverId()));
            }
            AlloyModule module = new AlloyModule(AlloySemantics.semantics() + "\n" + request.instance().text(),
                    request.instance());
            if (last == null || !last.module().text().equals(module.text())) {
                last = null;
                last = checker.parse(module);
            }
            A4Solution solution = checker.check(last, request.property());
            if (!solution.satisfiable()) {
                return SolveReply.holds();
            }
            AlloyFinding finding = new CounterexampleReader().read(last, solution, request.property());
            return SolveReply.counterexample(finding, new InstanceEvidence(last, solution, Optional.empty()).xml());
        } catch (Exception | StackOverflowError e) {
            last = null;
            return SolveReply.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Whether a request is being answered, and since when the process has been idle. */
    private static final class Activity {

        private volatile boolean busy;
        private volatile long idleSince = System.nanoTime();

        void busy(boolean now) {
            busy = now;
            idleSince = System.nanoTime();
        }

        boolean idleTooLong() {
            return !busy && System.nanoTime() - idleSince > IDLE_MILLIS * 1_000_000L;
        }
    }

    /** Ends this process when the one that started it is gone (it may have been killed) or it idled too long. */
    private static void watch(Activity activity) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        Thread watch = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(true) && !activity.idleTooLong()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(0);
        }, "solver-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
