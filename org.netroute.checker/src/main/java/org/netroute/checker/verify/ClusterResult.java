package org.netroute.checker.verify;

import java.util.List;

/** Everything verified about one cluster: its nodes' pod MTUs and a verdict per property. */
public record ClusterResult(String name, List<NodeMtu> nodes, List<PropertyResult> properties) {

    public ClusterResult {
        nodes = List.copyOf(nodes);
        properties = List.copyOf(properties);
    }
}
