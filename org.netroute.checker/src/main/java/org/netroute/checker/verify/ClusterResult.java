package org.netroute.checker.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netroute.checker.topology.Topology;

/**
 * Everything verified about one cluster: its nodes' pod MTUs, a verdict per property, and the
 * topology they were decided on, which the picture of a report draws.
 */
public record ClusterResult(String name, List<NodeMtu> nodes, List<PropertyResult> properties,
        Optional<Topology> topology) {

    public ClusterResult {
        nodes = List.copyOf(nodes);
        properties = List.copyOf(properties);
    }

    /**
     * What the engines' proofs ran on, per engine that says (e.g. "alloy: 5,000 nodes, 150,000 pods
     * -> 4 nodes in 2 roles, ..."), in the order the engines answered; empty when every engine ran
     * on the cluster as written.
     */
    public List<String> proofBases() {
        Map<String, String> byEngine = new LinkedHashMap<>();
        for (PropertyResult property : properties) {
            for (Answer answer : property.answers()) {
                answer.basis().ifPresent(basis -> byEngine.putIfAbsent(answer.engine(), basis));
            }
        }
        return byEngine.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).toList();
    }

    /** A result without its topology (for results made by hand, e.g. in tests). */
    public ClusterResult(String name, List<NodeMtu> nodes, List<PropertyResult> properties) {
        this(name, nodes, properties, Optional.empty());
    }
}
