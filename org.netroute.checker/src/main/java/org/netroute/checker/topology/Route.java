package org.netroute.checker.topology;

import java.util.Optional;

/**
 * A static route declared on a router: to {@code destination} via a next-hop address, or a null
 * route ({@code drop}) when {@code nextHop} is empty.
 */
public record Route(Prefix destination, Optional<Ipv4Address> nextHop, SourceLocation location) {

    /** Whether packets matching this route are dropped (a null route). */
    public boolean drop() {
        return nextHop.isEmpty();
    }

    @Override
    public String toString() {
        return destination + nextHop.map(hop -> " via " + hop).orElse(" drop");
    }
}
