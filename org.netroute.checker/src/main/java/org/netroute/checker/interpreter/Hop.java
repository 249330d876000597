package org.netroute.checker.interpreter;

import java.util.Optional;

import org.netroute.checker.topology.SourceLocation;

/**
 * One thing one device did to the packet (encapsulate, route via X, decapsulate, deliver, drop),
 * with the packet's size on the wire at that moment and the declaration responsible, if any.
 */
public record Hop(String device, String action, int bytes, Optional<SourceLocation> declaration) {

    @Override
    public String toString() {
        return device + ": " + action + " [" + bytes + " bytes]"
                + declaration.filter(l -> l.line() > 0).map(l -> " (line " + l.line() + ")").orElse("");
    }
}
