package org.netroute.importer.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a Kubernetes object as YAML or JSON wrote it, with the line it starts on: the
 * shape both readers and the live cluster produce, so what is read from an object is written
 * once. Values are looked up by path; a missing path is empty, never an exception.
 */
public sealed interface KubeValue {

    /** The line the value starts on (1-based; 0 when it came from a cluster's API). */
    int line();

    /** A scalar; {@code text} is null for YAML's and JSON's null. */
    record Scalar(String text, int line) implements KubeValue {
    }

    /** A mapping in the order written; a key written twice holds the last value. */
    record Mapping(Map<String, KubeValue> entries, int line) implements KubeValue {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Sequence(List<KubeValue> items, int line) implements KubeValue {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * A value of plain Java maps, lists and scalars, as a Kubernetes client deserializes objects
     * (no lines: 0). Scalars keep their text, as YAML and JSON would have written it.
     */
    static KubeValue of(Object java) {
        if (java instanceof Map<?, ?> map) {
            Map<String, KubeValue> entries = new LinkedHashMap<>();
            map.forEach((key, value) -> entries.put(String.valueOf(key), of(value)));
            return new Mapping(entries, 0);
        }
        if (java instanceof List<?> list) {
            return new Sequence(list.stream().map(KubeValue::of).toList(), 0);
        }
        return new Scalar(java == null ? null : java.toString(), 0);
    }

    /** The value at {@code path} below this one (mapping keys), if every step exists. */
    default Optional<KubeValue> at(String... path) {
        KubeValue value = this;
        for (String key : path) {
            if (!(value instanceof Mapping mapping) || !mapping.entries().containsKey(key)) {
                return Optional.empty();
            }
            value = mapping.entries().get(key);
        }
        return Optional.of(value);
    }

    /** The non-null scalar text at {@code path}, if there is one. */
    default Optional<String> text(String... path) {
        return at(path).flatMap(value -> value instanceof Scalar scalar ? Optional.ofNullable(scalar.text())
                : Optional.empty());
    }

    /** The items of the sequence at {@code path}; empty when absent or not a sequence. */
    default List<KubeValue> items(String... path) {
        return at(path).map(value -> value instanceof Sequence sequence ? sequence.items() : List.<KubeValue>of())
                .orElse(List.of());
    }

    /** The scalar entries of the mapping at {@code path} (labels, ConfigMap data); others are left out. */
    default Map<String, String> strings(String... path) {
        Map<String, String> strings = new LinkedHashMap<>();
        at(path).ifPresent(value -> {
            if (value instanceof Mapping mapping) {
                mapping.entries().forEach((key, entry) -> {
                    if (entry instanceof Scalar scalar && scalar.text() != null) {
                        strings.put(key, scalar.text());
                    }
                });
            }
        });
        return strings;
    }

    /** The line of the value at {@code path}, or this value's line when it is absent. */
    default int lineOf(String... path) {
        return at(path).map(KubeValue::line).orElse(line());
    }
}
