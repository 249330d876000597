package org.netroute.checker.policy;

import java.util.Optional;

import org.netroute.checker.topology.Protocol;

/**
 * One port entry of a rule: the ports from..to of a protocol (a single port, a range up to endPort,
 * or 0..65535 for every port). A named port is not modelled and matches no traffic.
 */
public record PortRange(PolicyProtocol protocol, int from, int to, Optional<String> namedPort) {

    public static final int MAX_PORT = 65535;

    /** Whether a packet of this protocol to this destination port matches ({@code port} -1: a port no rule names). */
    public boolean covers(Protocol packetProtocol, int port) {
        if (namedPort.isPresent() || !protocol.covers(packetProtocol)) {
            return false;
        }
        return port < 0 ? from <= 1 && to == MAX_PORT : from <= port && port <= to;
    }

    @Override
    public String toString() {
        if (namedPort.isPresent()) {
            return namedPort.get() + "/" + protocol.name().toLowerCase(java.util.Locale.ROOT);
        }
        String ports = from <= 1 && to == MAX_PORT ? "every port" : from == to ? Integer.toString(from) : from + "-" + to;
        return ports + "/" + protocol.name().toLowerCase(java.util.Locale.ROOT);
    }
}
