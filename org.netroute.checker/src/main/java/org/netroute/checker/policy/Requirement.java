package org.netroute.checker.policy;

import java.util.List;

/** One matchExpressions entry: a key, an operator and (for In and NotIn) values. */
public record Requirement(String key, Operator operator, List<String> values) {

    public Requirement {
        values = List.copyOf(values);
    }

    /** Whether labels satisfy this requirement (Kubernetes' label selector semantics). */
    public boolean holds(Labels labels) {
        java.util.Optional<String> value = labels.get(key);
        return switch (operator) {
            case IN -> value.isPresent() && values.contains(value.get());
            case NOT_IN -> value.isEmpty() || !values.contains(value.get());
            case EXISTS -> value.isPresent();
            case DOES_NOT_EXIST -> value.isEmpty();
        };
    }

    @Override
    public String toString() {
        return key + " " + operator.keyword() + (values.isEmpty() ? "" : " " + values);
    }
}
