package org.netroute.checker.verify;

/**
 * How a packet's journey ends, in the vocabulary network engineers know from Batfish's
 * FlowDisposition. Shared by every engine and report.
 */
public enum Disposition {
    /** Handed to the destination pod, or to the device owning the destination address. */
    DELIVERED,
    /** No route matches the destination, or the node owning the PodCIDR has no pod at that address. */
    NO_ROUTE,
    /** The longest matching route is a null route ({@code drop}). */
    NULL_ROUTED,
    /** A firewall rule denied the packet. */
    DENIED,
    /** The packet reached a device it had already passed, in the same state. */
    LOOP,
    /** The packet (plus encapsulation) is larger than a segment it must cross; packets are never fragmented. */
    MTU_EXCEEDED,
    /** The next hop is not on an attached segment, or no device answers ARP for it there. */
    NEIGHBOR_UNREACHABLE
}
