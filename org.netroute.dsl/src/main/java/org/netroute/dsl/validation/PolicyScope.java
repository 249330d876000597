package org.netroute.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Label;
import org.netroute.dsl.netRoute.Labels;
import org.netroute.dsl.netRoute.MatchExpression;
import org.netroute.dsl.netRoute.Namespace;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Selector;

/**
 * What the policy warnings need to know about a cluster's pods as written: each pod's namespace,
 * its Kubernetes labels and the labels of its Cilium identity (docs/SEMANTICS.md, "Policy"). The
 * checker builds its own identities from the same rules; validation only asks whether a selector
 * selects some pod.
 */
final class PolicyScope {

	/** The label Cilium gives every endpoint: its namespace. */
	static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";
	/** Cilium's prefix for the labels of an endpoint's namespace. */
	static final String NAMESPACE_LABELS_PREFIX = "io.cilium.k8s.namespace.labels.";
	/** The label Kubernetes gives every namespace: its name. */
	static final String METADATA_NAME = "kubernetes.io/metadata.name";

	/** A pod with its namespace, its own labels and its identity's labels. */
	record ScopedPod(Pod pod, String namespace, Map<String, String> labels, Map<String, String> identity) {
	}

	private final List<ScopedPod> pods = new ArrayList<>();

	PolicyScope(Cluster cluster) {
		Map<String, Map<String, String>> namespaceLabels = new LinkedHashMap<>();
		for (Namespace namespace : cluster.getNamespaces()) {
			if (namespace.getName() != null) {
				namespaceLabels.putIfAbsent(namespace.getName(), labels(namespace.getLabels()));
			}
		}
		for (Node node : cluster.getNodes()) {
			for (Pod pod : node.getPods()) {
				if (pod.getName() == null) {
					continue;
				}
				String namespace = namespaceOf(pod.getName());
				Map<String, String> own = labels(pod.getLabels());
				Map<String, String> identity = new LinkedHashMap<>(own);
				identity.put(NAMESPACE_LABEL, namespace);
				Map<String, String> ofNamespace = new LinkedHashMap<>(namespaceLabels.getOrDefault(namespace, Map.of()));
				ofNamespace.put(METADATA_NAME, namespace);
				ofNamespace.forEach((key, value) -> identity.put(NAMESPACE_LABELS_PREFIX + key, value));
				pods.add(new ScopedPod(pod, namespace, own, identity));
			}
		}
	}

	List<ScopedPod> pods() {
		return pods;
	}

	/** The namespace of a name written namespace/name; default without one. */
	static String namespaceOf(String qualifiedName) {
		int slash = qualifiedName.indexOf('/');
		return slash < 0 ? "default" : qualifiedName.substring(0, slash);
	}

	/** A selector key without Cilium's source prefix ({@code k8s:app} is {@code app}). */
	static String plainKey(String key) {
		if (key == null) {
			return "";
		}
		for (String source : new String[] { "k8s:", "any:" }) {
			if (key.startsWith(source)) {
				return key.substring(source.length());
			}
		}
		return key;
	}

	static Map<String, String> labels(Labels labels) {
		Map<String, String> map = new LinkedHashMap<>();
		if (labels != null) {
			for (Label label : labels.getEntries()) {
				if (label.getKey() != null && label.getValue() != null) {
					map.put(label.getKey(), label.getValue());
				}
			}
		}
		return map;
	}

	/** Whether every matchLabels entry and every expression holds for these labels. */
	static boolean matches(Selector selector, Map<String, String> labels) {
		for (Label label : selector.getMatchLabels()) {
			if (label.getValue() == null || !label.getValue().equals(labels.get(plainKey(label.getKey())))) {
				return false;
			}
		}
		for (MatchExpression expression : selector.getMatchExpressions()) {
			String value = labels.get(plainKey(expression.getKey()));
			boolean holds = switch (expression.getOperator() == null ? "" : expression.getOperator()) {
				case "In" -> value != null && expression.getValues().contains(value);
				case "NotIn" -> value == null || !expression.getValues().contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> false;
			};
			if (!holds) {
				return false;
			}
		}
		return true;
	}

	/** A selector as text, for comparing two selectors: matchLabels sorted, then the expressions sorted. */
	static String canonical(Selector selector) {
		List<String> parts = new ArrayList<>();
		selector.getMatchLabels().stream().map(label -> plainKey(label.getKey()) + "=" + label.getValue()).sorted()
				.forEach(parts::add);
		selector.getMatchExpressions().stream()
				.map(e -> plainKey(e.getKey()) + " " + e.getOperator() + " " + e.getValues().stream().sorted().toList())
				.sorted().forEach(parts::add);
		return String.join(";", parts);
	}
}
