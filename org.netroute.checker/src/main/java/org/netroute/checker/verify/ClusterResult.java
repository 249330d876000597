package org.netroute.checker.verify;

import java.util.List;
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

    /** A result without its topology (for results made by hand, e.g. in tests). */
    public ClusterResult(String name, List<NodeMtu> nodes, List<PropertyResult> properties) {
        this(name, nodes, properties, Optional.empty());
    }
}
