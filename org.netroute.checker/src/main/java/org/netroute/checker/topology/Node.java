package org.netroute.checker.topology;

import java.util.List;

/**
 * A Kubernetes node: one interface (its InternalIP on a segment), the PodCIDR it owns and the
 * pods it runs. Nodes forward like routers (IP forwarding is on).
 */
public record Node(String name, Ipv4Address address, String segment, Prefix podCidr, List<Pod> pods,
        SourceLocation location) {

    public Node {
        pods = List.copyOf(pods);
    }
}
