package org.netroute.checker.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats every front end offers, with the file each is written to in a report folder. */
public enum ReportFormat {
    TEXT("netroute.txt"),
    JSON("netroute.json"),
    /** Named like Surefire's reports, so CI's default {@code **}{@code /TEST-*.xml} pattern finds it. */
    JUNIT("TEST-netroute.xml"),
    HTML("netroute.html"),
    /** SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps) and SARIF viewers. */
    SARIF("netroute.sarif");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The name users write: text, json, junit, html, sarif. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the formats when {@code id} is not one of them
     */
    public static ReportFormat byId(String id) {
        return Arrays.stream(values()).filter(format -> format.id().equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown report format '" + id
                        + "' (known: " + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "))
                        + ")"));
    }
}
