package org.netroute.checker.verify;

import org.netroute.checker.topology.Ipv4Address;

/**
 * The packet a trace follows: a pod-level destination and size. Its transport is TCP to a port
 * that no firewall rule names, as for the properties' probes.
 */
public record Packet(Ipv4Address destination, int bytes) {

    /** The size of the probe the reachability and no-loop properties send. */
    public static final int PROBE_BYTES = 64;

    public static Packet probe(Ipv4Address destination) {
        return new Packet(destination, PROBE_BYTES);
    }
}
