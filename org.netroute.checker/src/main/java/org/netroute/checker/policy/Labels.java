package org.netroute.checker.policy;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A set of labels, key to value, as Kubernetes and Cilium attach them; sorted by key. */
public record Labels(SortedMap<String, String> entries) {

    public static final Labels NONE = new Labels(new TreeMap<>());

    public Labels {
        entries = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public static Labels of(Map<String, String> entries) {
        return new Labels(new TreeMap<>(entries));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** These labels and {@code more}; {@code more} wins on a shared key. */
    public Labels with(Map<String, String> more) {
        TreeMap<String, String> all = new TreeMap<>(entries);
        all.putAll(more);
        return new Labels(all);
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
