package org.netroute.checker.verify;

/**
 * A parse, link, validation or topology problem at a line and column (1-based; 0 = the whole file).
 *
 * @param code the validator's issue code ({@code org.netroute.dsl.validation.IssueCodes}), or
 *             {@link #NO_CODE} for a problem found after validation (the topology) or before it
 *             (an unreadable file); SARIF's rules are keyed on it
 */
public record Diagnostic(Severity severity, int line, int column, String message, String code) {

    /** The code of a diagnostic that no validator rule made. */
    public static final String NO_CODE = "";

    public Diagnostic {
        code = code == null ? NO_CODE : code;
    }

    /** A diagnostic without an issue code. */
    public Diagnostic(Severity severity, int line, int column, String message) {
        this(severity, line, column, message, NO_CODE);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
