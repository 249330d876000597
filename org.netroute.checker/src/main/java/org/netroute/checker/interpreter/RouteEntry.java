package org.netroute.checker.interpreter;

import java.util.Optional;

import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.SourceLocation;

/**
 * One entry of a device's routing table as SEMANTICS.md defines it: a prefix, where it came from,
 * and either a next hop, a connected segment, or nothing (a null route).
 *
 * @param segment  the segment of a connected route; empty otherwise
 * @param nextHop  the next-hop address of a via-route; empty for connected and null routes
 * @param location the declaration that installs the route (segment, route, node, bgp peer)
 */
public record RouteEntry(Prefix prefix, RouteKind kind, Optional<Ipv4Address> nextHop, Optional<String> segment,
        SourceLocation location) {

    public boolean drop() {
        return kind == RouteKind.NULL;
    }

    @Override
    public String toString() {
        String target = switch (kind) {
            case CONNECTED -> "connected on " + segment.orElse("?");
            case NULL -> "drop";
            default -> "via " + nextHop.map(Ipv4Address::toString).orElse("?");
        };
        return prefix + " " + target + " (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
    }
}
