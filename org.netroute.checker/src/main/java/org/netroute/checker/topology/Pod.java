package org.netroute.checker.topology;

/** A pod: an address inside its node's PodCIDR, the endpoint of reachability. */
public record Pod(String name, Ipv4Address address, String node, SourceLocation location) {
}
