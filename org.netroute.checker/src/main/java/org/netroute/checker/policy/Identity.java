package org.netroute.checker.policy;

/**
 * The security identity Cilium derives for a pod: its own labels, its namespace
 * ({@code io.kubernetes.pod.namespace}) and its namespace's labels
 * ({@code io.cilium.k8s.namespace.labels.KEY}, with {@code kubernetes.io/metadata.name}).
 */
public record Identity(String pod, String namespace, Labels labels) {

    public static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";
    public static final String NAMESPACE_LABELS_PREFIX = "io.cilium.k8s.namespace.labels.";
    public static final String METADATA_NAME = "kubernetes.io/metadata.name";
}
