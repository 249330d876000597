package org.netroute.checker.policy;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A label selector over an endpoint's identity labels (Cilium's form: a Kubernetes podSelector or
 * namespaceSelector is rewritten to it by {@link PolicyBuilder}): every matchLabels entry and every
 * requirement must hold; an empty selector selects every endpoint.
 */
public record Selector(SortedMap<String, String> matchLabels, List<Requirement> requirements) {

    public static final Selector ALL = new Selector(new TreeMap<>(), List.of());

    public Selector {
        matchLabels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
        requirements = List.copyOf(requirements);
    }

    public boolean matches(Labels labels) {
        for (Map.Entry<String, String> entry : matchLabels.entrySet()) {
            if (!labels.get(entry.getKey()).filter(entry.getValue()::equals).isPresent()) {
                return false;
            }
        }
        return requirements.stream().allMatch(requirement -> requirement.holds(labels));
    }

    @Override
    public String toString() {
        return "{" + matchLabels + (requirements.isEmpty() ? "" : " " + requirements) + "}";
    }
}
