package org.netroute.checker.alloy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;

import org.netroute.checker.verify.TimeLimit;
import org.netroute.checker.verify.Verdict;

/**
 * Checks the claims of theorems.als: the seed's statements about Cilium's routing modes, proved
 * for every cluster within a small scope by the same semantics that checks concrete clusters.
 * Backs {@code netroute theorems}.
 */
public final class Theorems {

    private final AlloyChecker checker;
    private final Duration timeoutPerClaim;

    public Theorems(SatSolverChoice solver, Duration timeoutPerClaim) {
        this.checker = new AlloyChecker(solver);
        this.timeoutPerClaim = timeoutPerClaim;
    }

    /** The module checked: netroute.als completed by theorems.als. */
    public static String module() {
        return AlloySemantics.semantics() + "\n" + AlloySemantics.theorems();
    }

    /** The names of the claims, in the order theorems.als checks them (its {@code run} witnesses are no claims). */
    public List<String> claims() {
        return parse().getAllCommands().stream().filter(command -> command.check).map(command -> command.label).toList();
    }

    /** Checks every claim. */
    public List<TheoremResult> checkAll() {
        CompModule world = parse();
        List<TheoremResult> results = new ArrayList<>();
        for (Command command : world.getAllCommands()) {
            if (command.check) {
                results.add(check(world, command));
            }
        }
        return results;
    }

    /**
     * Checks one claim.
     *
     * @throws IllegalArgumentException when theorems.als has no such claim
     */
    public TheoremResult check(String claim) {
        CompModule world = parse();
        Command command = world.getAllCommands().stream().filter(c -> c.label.equals(claim)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("theorems.als has no claim " + claim));
        return check(world, command);
    }

    /**
     * A cluster in which the claim's premises hold, within the claim's scope: the evidence that a
     * proved claim does not hold vacuously. Empty when no such cluster exists.
     *
     * @throws IllegalArgumentException when theorems.als states no witness for the claim
     * @throws IllegalStateException    when the solver does not decide within the time limit
     */
    public Optional<String> witness(String claim) {
        CompModule world = parse();
        String label = claim + "Premises";
        Command command = world.getAllCommands().stream().filter(c -> !c.check && c.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("theorems.als has no witness " + label));
        try {
            Optional<A4Solution> solution = solve(world, command);
            A4Solution found = solution.orElseThrow(() -> new IllegalStateException(
                    label + " not decided within " + timeoutPerClaim.toSeconds() + " s"));
            return found.satisfiable() ? Optional.of(found.toString()) : Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Alloy failed on " + label + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private TheoremResult check(CompModule world, Command command) {
        String scope = scope(command);
        Verdict.Status expected = command.expects == 0 ? Verdict.Status.PROVED
                : command.expects == 1 ? Verdict.Status.VIOLATED : Verdict.Status.UNKNOWN;
        long start = System.nanoTime();
        try {
            Optional<A4Solution> solution = solve(world, command);
            Duration time = Duration.ofNanos(System.nanoTime() - start);
            if (solution.isEmpty()) {
                return new TheoremResult(command.label, scope, Verdict.Status.UNKNOWN, time,
                        "not decided within " + timeoutPerClaim.toSeconds() + " s", expected);
            }
            return solution.get().satisfiable()
                    ? new TheoremResult(command.label, scope, Verdict.Status.VIOLATED, time,
                            "Alloy found a cluster where the claim fails:\n" + solution.get(), expected)
                    : new TheoremResult(command.label, scope, Verdict.Status.PROVED, time,
                            "holds for every cluster within the scope", expected);
        } catch (ExecutionException e) {
            return new TheoremResult(command.label, scope, Verdict.Status.UNKNOWN,
                    Duration.ofNanos(System.nanoTime() - start), "Alloy failed: " + e.getCause(), expected);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TheoremResult(command.label, scope, Verdict.Status.UNKNOWN,
                    Duration.ofNanos(System.nanoTime() - start), "interrupted", expected);
        }
    }

    /** Solves one command of theorems.als under the per-claim limit; empty when the limit passed first. */
    private Optional<A4Solution> solve(CompModule world, Command command)
            throws ExecutionException, InterruptedException {
        return new TimeLimit(timeoutPerClaim).run(command.label, () -> TranslateAlloyToKodkod.execute_command(
                AlloyChecker.reporter(), world.getAllReachableSigs(), command, checker.options()));
    }

    private static String scope(Command command) {
        String text = command.toString();
        int index = text.indexOf(" for ");
        String scope = index < 0 ? text : text.substring(index + 1);
        return scope.replaceAll(" expect \\d+$", "");
    }

    private CompModule parse() {
        return CompUtil.parseEverything_fromString(AlloyChecker.reporter(), module());
    }
}
