package org.netroute.checker.policy;

import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Rule;

/**
 * The transport of a pod-to-pod probe: a protocol and destination port. {@link #DEFAULT} is the
 * probe of a cluster without policy, TCP to a port no rule (firewall or policy) names.
 */
public record Probe(Protocol protocol, int port) {

    public static final Probe DEFAULT = new Probe(Protocol.TCP, Rule.NO_PORT);

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** For example "TCP 5432", or "TCP to a port no rule names". */
    public String words() {
        String name = protocol.name();
        return port < 0 ? name + " to a port no rule names" : name + " " + port;
    }
}
