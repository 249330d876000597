package org.netroute.checker.topology;

import java.util.List;
import java.util.Optional;

/**
 * A BGP peering: nodes advertise their PodCIDRs to a router, which routes each PodCIDR via its
 * node. A peering applies to every node or, as a CiliumBGPPeeringPolicy's node selector does, only
 * to the nodes it names; an empty list of names is a peering that no node takes part in.
 *
 * @param router the peer router
 * @param nodes  the nodes that advertise to it, by name; empty when every node does
 */
public record BgpPeer(String router, Optional<List<String>> nodes, SourceLocation location) {

    public BgpPeer {
        nodes = nodes.map(List::copyOf);
    }

    /** A peering of every node with the router. */
    public BgpPeer(String router, SourceLocation location) {
        this(router, Optional.empty(), location);
    }

    /** Whether the named node advertises its PodCIDR over this peering. */
    public boolean covers(String node) {
        return nodes.map(names -> names.contains(node)).orElse(true);
    }
}
