package org.netroute.cli;

import java.util.List;

import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verdict;

/** The exit codes of {@code netroute verify} (LANGUAGE.md), so scripts and CI can act on them. */
public final class ExitCodes {

    /** Every property of every cluster PROVED. */
    public static final int PROVED = 0;
    /** Some property VIOLATED. */
    public static final int VIOLATED = 1;
    /** Input errors: a file did not parse or validate, or could not be read. Wins over verdicts. */
    public static final int INPUT_ERROR = 2;
    /** Some property UNKNOWN and none VIOLATED. */
    public static final int UNKNOWN = 3;

    private ExitCodes() {
    }

    public static int of(List<FileResult> files) {
        if (files.stream().anyMatch(FileResult::hasErrors)) {
            return INPUT_ERROR;
        }
        if (files.stream().anyMatch(file -> file.has(Verdict.Status.VIOLATED))) {
            return VIOLATED;
        }
        if (files.stream().anyMatch(file -> file.has(Verdict.Status.UNKNOWN))) {
            return UNKNOWN;
        }
        return PROVED;
    }
}
