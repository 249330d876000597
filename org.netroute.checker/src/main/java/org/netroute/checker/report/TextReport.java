package org.netroute.checker.report;

import java.io.PrintWriter;
import java.util.List;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;

/** The human-readable report: diagnostics as file:line:col, then per cluster verdicts, pod MTUs and counterexamples. */
public final class TextReport {

    public void write(List<FileResult> files, PrintWriter out) {
        for (FileResult file : files) {
            for (Diagnostic diagnostic : file.diagnostics()) {
                out.println(diagnostic(file.file(), diagnostic));
            }
            if (file.hasErrors()) {
                continue;
            }
            for (ClusterResult cluster : file.clusters()) {
                out.println(file.file() + ": cluster " + cluster.name());
                for (PropertyResult result : cluster.properties()) {
                    out.printf("  %-13s %-9s %d ms%n", result.property().id(), result.verdict().status(), result.millis());
                    if (result.verdict() instanceof Verdict.Violated violated) {
                        counterexample(violated.counterexample(), out);
                    } else if (result.verdict() instanceof Verdict.Proved proved && proved.scope().isPresent()) {
                        out.println("      " + proved.scope().get());
                    } else if (result.verdict() instanceof Verdict.Unknown unknown) {
                        out.println("      reason: " + unknown.reason());
                    }
                }
                out.println("  pod MTU: " + PodMtuGroups.words(cluster.nodes()));
                cluster.proofBases().forEach(basis -> out.println("  proof ran on: " + basis));
            }
        }
        out.flush();
    }

    /** {@code file:line:col: severity: message}, the form editors and CI logs link. */
    public static String diagnostic(String file, Diagnostic diagnostic) {
        return file + ":" + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.severity().word() + ": "
                + diagnostic.message();
    }

    private static void counterexample(Counterexample counterexample, PrintWriter out) {
        out.println("      " + counterexample.from() + " -> " + counterexample.to() + ": "
                + counterexample.disposition() + " at " + counterexample.at());
        out.println("      " + counterexample.explanation());
        hops(counterexample.hops(), "        ", out);
        if (!counterexample.hint().isEmpty()) {
            out.println("      hint: " + counterexample.hint());
        }
    }

    /** Prints a trace as {@code netroute trace} shows it. */
    public void write(Trace trace, PrintWriter out) {
        out.println("trace " + trace.from() + " -> " + trace.to() + " (" + trace.packet().destination() + "), "
                + trace.packet().bytes() + " bytes");
        hops(trace.hops(), "  ", out);
        out.println(trace.disposition() + " at " + trace.at() + ": " + trace.explanation());
        out.flush();
    }

    private static void hops(List<Hop> hops, String indent, PrintWriter out) {
        int number = 1;
        for (Hop hop : hops) {
            out.println(indent + number++ + ". " + hop);
        }
    }
}
