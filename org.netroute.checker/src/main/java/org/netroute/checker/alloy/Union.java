package org.netroute.checker.alloy;

import java.util.List;

/**
 * Alloy text of a union of many terms, as a balanced tree {@code (a + b) + (c + d)}: Alloy's type
 * checker is quadratic in a flat union's length, and the instance of a large cluster has
 * thousands of tuples per relation.
 */
final class Union {

    private Union() {
    }

    /** The union of {@code terms}, or {@code empty} when there are none. */
    static String of(List<String> terms, String empty) {
        if (terms.isEmpty()) {
            return empty;
        }
        StringBuilder text = new StringBuilder(terms.size() * 16);
        append(text, terms, 0, terms.size());
        return text.toString();
    }

    private static void append(StringBuilder text, List<String> terms, int from, int to) {
        if (to - from == 1) {
            text.append(terms.get(from));
            return;
        }
        int middle = (from + to) >>> 1;
        text.append('(');
        append(text, terms, from, middle);
        text.append(" + ");
        append(text, terms, middle, to);
        text.append(')');
    }
}
