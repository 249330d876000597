package org.netroute.checker.verify;

/** How bad a diagnostic is; any ERROR stops a file from being verified. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word reports print. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
