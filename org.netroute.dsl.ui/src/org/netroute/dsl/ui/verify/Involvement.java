package org.netroute.dsl.ui.verify;

/** A declaration (by line) that takes part in a failed or undecided property, and what to tell about it. */
public record Involvement(int line, boolean violated, String message) {
}
