package org.netroute.importer.cilium;

import java.util.Optional;

import org.netroute.importer.source.Origin;

/**
 * One BGP neighbor to which the selected nodes advertise their PodCIDRs: what NetRoute's
 * {@code peer ROUTER for NODES} states. Read from a CiliumBGPPeeringPolicy's neighbor or a
 * CiliumBGPClusterConfig's peer.
 *
 * @param nodeSelector which nodes peer; empty when the policy selects every node (nil selector)
 * @param ref          the object, {@code Kind/name}
 * @param part         which part of it, e.g. {@code virtual router 65001, neighbor 10.0.1.1/32}
 */
public record Peering(String peerAddress, Optional<LabelSelector> nodeSelector, String ref, String part, Origin origin) {

    /** The object and its part, for comments and messages. */
    public String source() {
        return ref + " " + part;
    }
}
