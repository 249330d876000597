package org.netroute.checker.topology;

import java.util.Optional;

/**
 * One L2 network (a rack, an availability zone, a point-to-point link): devices attached to it
 * reach each other directly, and no packet larger than its MTU crosses it.
 */
public record Segment(String name, Prefix cidr, int mtu, Optional<Ipv4Address> gateway, SourceLocation location) {

    /** The MTU of a segment that does not declare one. */
    public static final int DEFAULT_MTU = 1500;
}
