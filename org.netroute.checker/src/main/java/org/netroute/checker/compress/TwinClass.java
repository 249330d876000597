package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A leader and the candidates verified interchangeable with it, each with the involution that
 * swaps it with the leader. The transpositions (leader, twin) generate every permutation of the
 * class, so any two members can be carried onto the two kept ones at once.
 */
record TwinClass(String leader, List<Twin> twins) {

    /** A member and its verified swap with the leader. */
    record Twin(String member, Involution swap) {
    }

    /** How many leaders a candidate group tries before the rest stay as they are (less compression, never unsound). */
    private static final int MAX_LEADERS = 4;

    TwinClass {
        twins = List.copyOf(twins);
    }

    /**
     * Splits candidates (in file order) into classes: each leader is compared with every
     * remaining candidate; verified twins join it, the others try the next leader.
     */
    static List<TwinClass> search(List<String> candidates, BiFunction<String, String, Optional<Involution>> swap,
            AutomorphismCheck check) {
        List<TwinClass> classes = new ArrayList<>();
        List<String> remaining = candidates;
        for (int leaders = 0; remaining.size() >= 2 && leaders < MAX_LEADERS; leaders++) {
            String leader = remaining.get(0);
            List<Twin> twins = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            for (String member : remaining.subList(1, remaining.size())) {
                Optional<Involution> involution = swap.apply(leader, member).filter(check::holds);
                if (involution.isPresent()) {
                    twins.add(new Twin(member, involution.get()));
                } else {
                    rest.add(member);
                }
            }
            if (!twins.isEmpty()) {
                classes.add(new TwinClass(leader, twins));
            }
            remaining = rest;
        }
        return classes;
    }
}
