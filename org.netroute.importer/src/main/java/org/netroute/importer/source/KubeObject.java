package org.netroute.importer.source;

import java.util.List;

/**
 * One Kubernetes object as read from a dump, a sysdump or a cluster: its identity (kind, name,
 * namespace), where it was read, and its whole body for the readers of each kind.
 *
 * @param duplicateKeys keys written twice inside this object (the last value was kept)
 */
public record KubeObject(String apiVersion, String kind, String namespace, String name, KubeValue body,
        Origin origin, List<DuplicateKey> duplicateKeys) {

    public KubeObject {
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** A key that a mapping held twice, as {@code helm template} output can (cilium/cilium#27756). */
    public record DuplicateKey(String key, int line) {
    }

    /** Reads identity from the body. */
    public static KubeObject of(KubeValue body, Origin origin, List<DuplicateKey> duplicateKeys) {
        return new KubeObject(body.text("apiVersion").orElse(""), body.text("kind").orElse(""),
                body.text("metadata", "namespace").orElse(""), body.text("metadata", "name").orElse(""), body, origin,
                duplicateKeys);
    }

    /** How messages name the object: {@code Kind/name} or {@code Kind/namespace/name}. */
    public String ref() {
        String kindName = kind.isEmpty() ? "object" : kind;
        return kindName + "/" + (namespace.isEmpty() ? "" : namespace + "/") + (name.isEmpty() ? "(no name)" : name);
    }

    /** The API group without the version: {@code cilium.io} of {@code cilium.io/v2}, "" for core. */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The version: {@code v2} of {@code cilium.io/v2}. */
    public String version() {
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    public Origin origin(int line) {
        return origin.at(line);
    }
}
