package org.netroute.checker.interpreter;

import java.util.List;
import java.util.Optional;

import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Topology;

/**
 * The routing table of every device as SEMANTICS.md installs it (connected, static, null,
 * auto-direct-node-routes, BGP, default), for people and tests to inspect; forwarding uses the
 * same tables.
 */
public final class RoutingTables {

    private final Network network;

    public RoutingTables(Topology topology) {
        this.network = new Network(topology);
    }

    /**
     * Every route installed on the device, in installation order.
     *
     * @throws IllegalArgumentException when no node or router has that name
     */
    public List<RouteEntry> routes(String device) {
        return List.copyOf(network.routes(index(device)));
    }

    /** The route the device's longest-prefix match picks for {@code destination}, if any. */
    public Optional<RouteEntry> lookup(String device, Ipv4Address destination) {
        return Optional.ofNullable(network.lookup(index(device), network.destination(destination.bits())));
    }

    private int index(String device) {
        int index = network.deviceIndex(device);
        if (index < 0) {
            throw new IllegalArgumentException("no node or router named " + device);
        }
        return index;
    }
}
