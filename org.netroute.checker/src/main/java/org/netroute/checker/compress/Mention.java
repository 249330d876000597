package org.netroute.checker.compress;

import org.netroute.checker.topology.Prefix;

/**
 * One place where the configuration names an address or a prefix: the facts a renaming of
 * addresses must carry along. {@code owner} is the node, router or segment holding it;
 * {@code item} the pod, interface or route index inside the owner (0 otherwise).
 */
record Mention(Prefix at, Kind kind, String owner, int item) {

    /** What the named address or prefix is. */
    enum Kind {
        NODE_ADDRESS, POD_CIDR, POD_ADDRESS, INTERFACE_ADDRESS, ROUTE_PREFIX, NEXT_HOP, SEGMENT_CIDR, GATEWAY,
        NATIVE_CIDR,
        /** A node's CiliumInternalIP, an address forwarding uses with IPsec only. */
        CILIUM_INTERNAL_IP;

        /** Whether the mention is a configured prefix (it cuts the address space into regions). */
        boolean prefix() {
            return this == POD_CIDR || this == ROUTE_PREFIX || this == SEGMENT_CIDR || this == NATIVE_CIDR;
        }
    }
}
