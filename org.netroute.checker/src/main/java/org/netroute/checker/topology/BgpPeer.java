package org.netroute.checker.topology;

/** A router the nodes advertise their PodCIDRs to over BGP; it routes each PodCIDR via its node. */
public record BgpPeer(String router, SourceLocation location) {
}
