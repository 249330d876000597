package org.netroute.checker.topology;

import java.util.OptionalInt;

/**
 * One firewall rule: matches when the protocol is {@code any} or the packet's, and, if a port is
 * named, the packet's destination port equals it.
 */
public record Rule(RuleAction action, Protocol protocol, OptionalInt port, SourceLocation location) {

    /**
     * Whether this rule matches a packet of the given transport; {@code destinationPort} is
     * {@link #NO_PORT} for a packet to a port no rule names.
     */
    public boolean matches(Protocol packetProtocol, int destinationPort) {
        boolean protocolMatches = protocol == Protocol.ANY || protocol == packetProtocol;
        return protocolMatches && (port.isEmpty() || port.getAsInt() == destinationPort);
    }

    /** The destination port of a packet sent to a port that no rule names. */
    public static final int NO_PORT = -1;

    @Override
    public String toString() {
        return action.keyword() + " " + protocol.keyword()
                + (port.isPresent() ? " port " + port.getAsInt() : "");
    }
}
