package org.netroute.tests.fuzz;

import java.nio.file.Path;

import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;

/**
 * Every fuzz target with its oracles, for one input at a time: the language (parse, validate,
 * format), the CLI's pipeline (both engines, every report) and the language server for .netroute
 * text, and {@code netroute import} for Kubernetes dumps. A failing input
 * is kept as a file and the failure names it and how it was made. Setting up the targets is
 * expensive: one harness serves a whole run. The language server starts last: each set-up of the
 * DSL registers its injector with EMF globally, and the server's documents must be made by the
 * server's own (an earlier content-assist NPE in the fuzzer came from documents the CLI's set-up
 * had parsed, whose grammar objects the server's content-assist parser does not know).
 */
public final class FuzzHarness implements AutoCloseable {

    private final HangGuard guard = new HangGuard(HangGuard.DEFAULT);
    private final LanguageOracle language = new LanguageOracle();
    private final PipelineOracle pipeline = new PipelineOracle();
    private final ImportOracle importing = new ImportOracle();
    private final LanguageServerOracle languageServer = new LanguageServerOracle();
    private final FuzzStatistics statistics = new FuzzStatistics();
    private final Findings findings;

    public FuzzHarness(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param editing the choices of the language server's edits and requests
     * @throws AssertionError naming the input's file and origin when an oracle fails
     */
    public void run(FuzzCase input, Choices editing) {
        try {
            language.check(input.text(), guard);
            FileResult result = pipeline.check(input.text(), guard);
            guard.run("language server", () -> languageServer.check(input.text(), editing));
            statistics.count(result);
            if (result.has(Verdict.Status.UNKNOWN)) {
                // allowed (a time limit), but a tiny input that an engine cannot decide is worth a look
                System.out.println("fuzz input " + input.origin() + " left a property UNKNOWN (kept as "
                        + findings.keep(input.text(), "undecided", ".netroute") + ")");
            }
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            Path kept = findings.keep(input.text());
            throw new AssertionError("fuzz input " + input.origin() + " (kept as " + kept + "): " + e, e);
        }
    }

    /**
     * One dump (YAML or JSON) through {@code netroute import}.
     *
     * @throws AssertionError naming the dump's file and origin when an oracle fails
     */
    public void runImport(FuzzCase dump) {
        try {
            statistics.countImport(importing.check(dump.text(), guard).succeeded());
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            Path kept = findings.keep(dump.text(), "crash", KubeDumpGrammar.isJson(dump.text()) ? ".json" : ".yaml");
            throw new AssertionError("fuzz dump " + dump.origin() + " (kept as " + kept + "): " + e, e);
        }
    }

    /** As {@link #run}, then hover and completion at every line's start and end (for saved inputs). */
    public void replay(FuzzCase input) {
        run(input, new SeededChoices(input.text().hashCode()));
        try {
            guard.run("language server sweep", () -> languageServer.sweep(input.text()));
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            throw new AssertionError("fuzz input " + input.origin() + ": " + e, e);
        }
    }

    public FuzzStatistics statistics() {
        return statistics;
    }

    @Override
    public void close() {
        languageServer.close();
    }
}
