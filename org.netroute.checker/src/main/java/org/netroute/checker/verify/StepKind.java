package org.netroute.checker.verify;

/**
 * What a device did to a packet at one hop. Reports, pictures, hints and editor markers read
 * this instead of words, so that the words can change without breaking anything.
 */
public enum StepKind {
    /** A node wrapped the pod packet in a VXLAN or Geneve header towards another node. */
    ENCAPSULATE(false),
    /** The outer destination node removed the tunnel header. */
    DECAPSULATE(false),
    /** A node encrypted the packet (WireGuard or IPsec) towards another node. */
    ENCRYPT(false),
    /** The node the encrypted packet was addressed to decrypted it. */
    DECRYPT(false),
    /** Policy allowed the packet at an endpoint (egress at the sender, ingress at the receiver). */
    POLICY(false),
    /** A route (or a connected segment) handed the packet to a neighbour across a segment. */
    FORWARD(false),
    /** The packet reached its pod, or the device owning the destination address. */
    DELIVER(true),
    /** The node owns the PodCIDR, but no pod has the destination address. */
    NO_ENDPOINT(true),
    /** No route matches the destination on the wire. */
    NO_ROUTE(true),
    /** The longest matching route is a null route. */
    NULL_ROUTE(true),
    /** A firewall rule denied the packet. */
    DENY(true),
    /** The next hop is on no attached segment, or no device answers ARP for it. */
    NEIGHBOR_UNREACHABLE(true),
    /** The packet is larger than the MTU of the segment it must cross. */
    MTU_EXCEEDED(true),
    /** The device already handled this very packet. */
    LOOP(true);

    private final boolean ends;

    StepKind(boolean ends) {
        this.ends = ends;
    }

    /** Whether a hop of this kind ends the packet's journey. */
    public boolean ends() {
        return ends;
    }
}
