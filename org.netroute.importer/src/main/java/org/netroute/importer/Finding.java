package org.netroute.importer;

import org.netroute.importer.source.Origin;

/**
 * One thing import has to tell: an error that stops it, a warning about what it left out or
 * doubts, or an assumption it made where the objects were silent. Each names the object
 * ({@code Kind/name}) and where it was read, so the user can go and look.
 *
 * @param subject the object or input concerned, e.g. {@code Node/worker-1}; "" when none
 */
public record Finding(Severity severity, String subject, Origin origin, String message) {

    /** How much a finding matters: errors stop the import (exit code 2), the others are reported. */
    public enum Severity {
        ERROR, WARNING, ASSUMPTION;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Finding error(String subject, Origin origin, String message) {
        return new Finding(Severity.ERROR, subject, origin, message);
    }

    public static Finding warning(String subject, Origin origin, String message) {
        return new Finding(Severity.WARNING, subject, origin, message);
    }

    public static Finding assumption(String message) {
        return new Finding(Severity.ASSUMPTION, "", Origin.NONE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: Kind/name: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        String where = origin.toString();
        return (where.isEmpty() ? "" : where + ": ") + (subject.isEmpty() ? "" : subject + ": ") + message;
    }
}
