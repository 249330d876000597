package org.netroute.checker.alloy;

import java.util.HashSet;
import java.util.Set;

/**
 * Alloy identifiers for the atoms of one instance: readable (the domain name behind a kind
 * prefix, so the Analyzer's pictures speak the user's words) and unique even where sanitising
 * makes two names equal ({@code a-b} and {@code a_b}).
 */
final class AtomNames {

    private final Set<String> used = new HashSet<>();

    /** A fresh identifier {@code kind_name}, characters Alloy does not allow replaced by '_'. */
    String fresh(String kind, String name) {
        StringBuilder text = new StringBuilder(kind).append('_');
        for (char c : name.toCharArray()) {
            text.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        String base = text.toString();
        String candidate = base;
        for (int suffix = 2; !used.add(candidate); suffix++) {
            candidate = base + "_" + suffix;
        }
        return candidate;
    }
}
