package org.netroute.checker.verify;

/** A parse, link, validation or topology problem at a line and column (1-based; 0 = the whole file). */
public record Diagnostic(Severity severity, int line, int column, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
