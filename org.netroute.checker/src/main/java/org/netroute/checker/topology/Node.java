package org.netroute.checker.topology;

import java.util.List;

/**
 * A Kubernetes node: one interface (its InternalIP on a segment), the PodCIDR it owns and the
 * pods it runs. Nodes forward like routers (IP forwarding is on).
 *
 * @param ciliumInternalIp the address of its {@code cilium_host} in the PodCIDR: stated, else
 *                         {@link CiliumInternalIp#standIn}; IPsec's ESP endpoint
 */
public record Node(String name, Ipv4Address address, String segment, Prefix podCidr, List<Pod> pods,
        Ipv4Address ciliumInternalIp, SourceLocation location) {

    public Node {
        pods = List.copyOf(pods);
    }

    /** A node whose CiliumInternalIP is not stated: the stand-in address of its PodCIDR. */
    public Node(String name, Ipv4Address address, String segment, Prefix podCidr, List<Pod> pods,
            SourceLocation location) {
        this(name, address, segment, podCidr, pods, CiliumInternalIp.standIn(podCidr, pods), location);
    }
}
