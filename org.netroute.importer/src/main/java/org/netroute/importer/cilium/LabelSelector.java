package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.netroute.importer.source.KubeValue;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions} with In, NotIn,
 * Exists, DoesNotExist), as BGP policies select nodes and advertisements with it. An empty
 * selector selects everything.
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {

    /** One {@code matchExpressions} entry. */
    public record Requirement(String key, String operator, List<String> values) {

        public Requirement {
            values = List.copyOf(values);
        }

        boolean matches(Map<String, String> labels) {
            return switch (operator) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
        }
    }

    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        matchExpressions = List.copyOf(matchExpressions);
    }

    /** The selector written at {@code value}; empty when nothing is written there (Kubernetes' nil). */
    public static Optional<LabelSelector> read(Optional<KubeValue> value) {
        if (value.isEmpty() || !(value.get() instanceof KubeValue.Mapping)) {
            return Optional.empty();
        }
        KubeValue selector = value.get();
        List<Requirement> requirements = new ArrayList<>();
        for (KubeValue expression : selector.items("matchExpressions")) {
            List<String> values = new ArrayList<>();
            for (KubeValue item : expression.items("values")) {
                if (item instanceof KubeValue.Scalar scalar && scalar.text() != null) {
                    values.add(scalar.text());
                }
            }
            requirements.add(new Requirement(expression.text("key").orElse(""), expression.text("operator").orElse(""),
                    values));
        }
        return Optional.of(new LabelSelector(selector.strings("matchLabels"), requirements));
    }

    public boolean matches(Map<String, String> labels) {
        return matchLabels.entrySet().stream().allMatch(label -> label.getValue().equals(labels.get(label.getKey())))
                && matchExpressions.stream().allMatch(requirement -> requirement.matches(labels));
    }

    /** Operators Kubernetes does not know select nothing; this names them for a warning. */
    public List<String> unknownOperators() {
        return matchExpressions.stream().map(Requirement::operator)
                .filter(operator -> !List.of("In", "NotIn", "Exists", "DoesNotExist").contains(operator)).toList();
    }

    /** As {@code kubectl} would print it, for messages: {@code bgp=65001,rack in (a,b)}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(matchLabels).forEach((key, value) -> parts.add(key + "=" + value));
        for (Requirement requirement : matchExpressions) {
            parts.add(switch (requirement.operator()) {
                case "Exists" -> requirement.key();
                case "DoesNotExist" -> "!" + requirement.key();
                default -> requirement.key() + " " + requirement.operator().toLowerCase(java.util.Locale.ROOT) + " ("
                        + String.join(",", requirement.values()) + ")";
            });
        }
        return parts.isEmpty() ? "(every node)" : String.join(",", parts);
    }
}
