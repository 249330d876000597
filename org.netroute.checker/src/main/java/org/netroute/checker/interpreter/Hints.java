package org.netroute.checker.interpreter;

import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Segment;

/** What a network engineer would change to fix the failure a trace shows. */
final class Hints {

    private final Network network;

    Hints(Network network) {
        this.network = network;
    }

    String forTrace(Trace trace) {
        String at = trace.at();
        String destination = trace.packet().destination().toString();
        return switch (trace.disposition()) {
            case DELIVERED -> "";
            case NO_ROUTE -> trace.lastHop().action().startsWith("no endpoint")
                    ? "address " + destination + " has no pod; send traffic only to pods that exist, or declare the pod"
                    : "give " + at + " a route to " + destination + ": a static route on a router, a bgp peer, "
                            + "auto-direct-node-routes (nodes on one segment) or a segment gateway as default route";
            case NULL_ROUTED -> "remove or narrow the null route on " + at + ", or add a more specific route to "
                    + destination + " there";
            case DENIED -> trace.lastHop().bytes() > trace.packet().bytes()
                    ? "allow UDP " + network.tunnelPort + " (the " + network.topology.cilium().tunnelProtocol().name()
                            + " port) between node addresses in that firewall, before the denying rule"
                    : "allow the pod traffic in that firewall, before the denying rule";
            case LOOP -> "the devices on this path send " + destination + " back and forth: point one of their "
                    + "routes at the owner of " + destination + ", or add a null route ('drop') for address space "
                    + "nobody owns";
            case MTU_EXCEEDED -> mtuHint(trace);
            case NEIGHBOR_UNREACHABLE -> "make the next hop an address of another device on a segment " + at
                    + " is attached to (check the route's via address and the segments' CIDRs)";
        };
    }

    private String mtuHint(Trace trace) {
        String action = trace.lastHop().action();
        Segment smallest = network.topology.segments().stream()
                .filter(segment -> action.contains("onto " + segment.name() + ":"))
                .findFirst().orElse(null);
        if (smallest == null) {
            return "raise the MTU of the segment that is too small, or lower cilium's mtu";
        }
        int overhead = network.tunnel ? Cilium.TUNNEL_OVERHEAD : 0;
        return "raise segment " + smallest.name() + "'s MTU to at least " + trace.lastHop().bytes()
                + ", or set cilium 'mtu: " + smallest.mtu() + "' so pods send at most " + (smallest.mtu() - overhead)
                + " bytes";
    }
}
