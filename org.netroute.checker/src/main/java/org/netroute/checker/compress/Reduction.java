package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.netroute.checker.topology.Prefix;

/**
 * What one level of compression decided: the elements to cut away (each with the kept element a
 * verified symmetry maps it to), the address ranges only they used, and the pairs of kept
 * elements that are interchangeable.
 */
record Reduction(Set<String> removed, Map<String, String> representative, Set<Prefix> territory,
        List<List<String>> interchangeable) {

    /** Wraps, without copying, collections that {@link #keepTwoPerClass} built for this reduction alone. */
    Reduction {
        removed = Collections.unmodifiableSet(removed);
        territory = Collections.unmodifiableSet(territory);
        representative = Collections.unmodifiableMap(representative);
        interchangeable = Collections.unmodifiableList(interchangeable);
    }

    static Reduction none() {
        return new Reduction(Set.of(), Map.of(), Set.of(), List.of());
    }

    boolean empty() {
        return removed.isEmpty();
    }

    /**
     * Keeps the leader and its first twin of every class, removes the other twins with all their
     * elements ({@code elementsOf}), each represented by its image under its swap with the leader,
     * and with the ranges on their side of that swap (swaps are built leader first, member second).
     */
    static Reduction keepTwoPerClass(List<TwinClass> classes, Function<String, Collection<String>> elementsOf) {
        Set<String> removed = new HashSet<>();
        Map<String, String> representative = new HashMap<>();
        Set<Prefix> territory = new HashSet<>();
        List<List<String>> interchangeable = new ArrayList<>();
        for (TwinClass twinClass : classes) {
            TwinClass.Twin kept = twinClass.twins().get(0);
            for (String element : elementsOf.apply(kept.member())) {
                interchangeable.add(List.of(element, kept.swap().image(element)));
            }
            for (TwinClass.Twin twin : twinClass.twins().subList(1, twinClass.twins().size())) {
                for (String element : elementsOf.apply(twin.member())) {
                    removed.add(element);
                    representative.put(element, twin.swap().image(element));
                }
                twin.swap().addresses().forEach(pair -> territory.add(pair.right()));
            }
        }
        return new Reduction(removed, representative, territory, interchangeable);
    }
}
