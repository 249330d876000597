package org.netroute.checker.verify;

/** One property's verdict on one cluster, with how long the engine took. */
public record PropertyResult(Property property, Verdict verdict, long millis) {
}
