package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The static Alloy texts shipped with the checker: netroute.als (the forwarding semantics) and
 * theorems.als (claims about every cluster of a small size). Both are read from the classpath,
 * so the text a user exports is the text NetRoute checks.
 */
public final class AlloySemantics {

    private AlloySemantics() {
    }

    /** netroute.als: the semantics, to be completed by an instance or by theorems.als. */
    public static String semantics() {
        return resource("netroute.als");
    }

    /** theorems.als: the configuration as free relations, and the claims. */
    public static String theorems() {
        return resource("theorems.als");
    }

    private static String resource(String name) {
        try (InputStream in = AlloySemantics.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the checker's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
