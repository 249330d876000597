package org.netroute.checker.report;

import java.util.ArrayList;
import java.util.List;

import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;

/**
 * A counterexample in words, the same in every place a person reads one: a build log, a JUnit
 * failure message, the HTML report. One sentence names the pods, the disposition and the failing
 * device; the hop lines show the path.
 */
public final class CounterexampleWords {

    private CounterexampleWords() {
    }

    /** {@code web -> db: DENIED at core: firewall core-acl at core denies ...}. */
    public static String summary(Counterexample counterexample) {
        return counterexample.from() + " -> " + counterexample.to() + ": " + counterexample.disposition() + " at "
                + counterexample.at() + ": " + counterexample.explanation();
    }

    /** One line per hop, numbered from 1, the failing hop marked. */
    public static List<String> hopLines(Counterexample counterexample) {
        List<String> lines = new ArrayList<>();
        List<Hop> hops = counterexample.hops();
        int failingHop = counterexample.failingHopNumber();
        for (int index = 0; index < hops.size(); index++) {
            boolean failing = index + 1 == failingHop;
            lines.add((index + 1) + ". " + HopWords.line(hops.get(index))
                    + (failing ? "   <- fails here: " + counterexample.disposition() : ""));
        }
        return lines;
    }

    /** The summary, the hop lines and the hint, one per line: what a log or a failure body shows. */
    public static String paragraph(Counterexample counterexample) {
        StringBuilder text = new StringBuilder(summary(counterexample)).append('\n');
        hopLines(counterexample).forEach(line -> text.append("  ").append(line).append('\n'));
        if (!counterexample.hint().isEmpty()) {
            text.append("hint: ").append(counterexample.hint()).append('\n');
        }
        return text.toString();
    }
}
