package org.netroute.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.alloy.TheoremResult;
import org.netroute.checker.alloy.Theorems;
import org.netroute.checker.verify.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code netroute theorems}: checks the seed's general claims about Cilium routing for every
 * configuration within a small scope, and says for which scope each was proved.
 */
@Command(name = "theorems", mixinStandardHelpOptions = true,
        description = "Check the parameterised claims of theorems.als (configuration left free within a small scope).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:every claim answered as theorems.als expects (the control claim VIOLATED, the others PROVED)",
                "1:some claim answered otherwise", "3:some claim UNKNOWN (timeout) and none answered otherwise" })
final class TheoremsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "time limit per claim (default: ${DEFAULT-VALUE})")
    private long timeoutSeconds;

    @Option(names = "--show-instances", description = "print the Alloy instance of every VIOLATED claim")
    private boolean showInstances;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SatSolverChoice solver = SatSolverChoice.best();
        out.println("solver: " + solver.id());
        List<TheoremResult> results = new Theorems(solver, Duration.ofSeconds(timeoutSeconds)).checkAll();
        boolean wrong = false;
        boolean unknown = false;
        for (TheoremResult result : results) {
            String control = result.expected() == Verdict.Status.VIOLATED ? "  (control claim: must fail)" : "";
            out.printf("%-40s %-8s %6.1f s%s%n    scope: %s%n", result.claim(), result.status(),
                    result.time().toMillis() / 1000.0, control, result.scope());
            boolean instance = result.status() == Verdict.Status.VIOLATED;
            if (result.detail() != null && (!instance || showInstances)) {
                out.println("    " + result.detail());
            } else if (instance) {
                out.println("    Alloy found a cluster where the claim fails (--show-instances prints it)");
            }
            unknown |= result.status() == Verdict.Status.UNKNOWN;
            wrong |= result.status() != Verdict.Status.UNKNOWN && !result.asExpected();
        }
        out.flush();
        return wrong ? 1 : unknown ? 3 : 0;
    }
}
