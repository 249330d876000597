package org.netroute.checker.interpreter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;

/**
 * Forwards one concrete packet hop by hop: the readable definition of forwarding, used by
 * {@code netroute trace} and to show every counterexample's path.
 */
public final class Forwarder {

    private final Network network;
    private final ForwardingStep step;

    public Forwarder(Topology topology) {
        this(new Network(topology));
    }

    Forwarder(Network network) {
        this.network = network;
        this.step = new ForwardingStep(network);
    }

    /** Traces a packet sent by {@code from}'s node towards {@code to}. */
    public Trace trace(Pod from, Ipv4Address to, int bytes) {
        return trace(from.name(), network.deviceIndex(from.node()), to, bytes);
    }

    /**
     * Traces a packet starting at a device (node or router).
     *
     * @throws IllegalArgumentException when no device has that name
     */
    public Trace trace(String device, Ipv4Address to, int bytes) {
        int start = network.deviceIndex(device);
        if (start < 0) {
            throw new IllegalArgumentException("no node or router named " + device);
        }
        return trace(device, start, to, bytes);
    }

    private Trace trace(String from, int start, Ipv4Address to, int bytes) {
        Destination inner = network.destination(to.bits());
        String toName = inner.pod() >= 0 ? network.pods[inner.pod()].name() : to.toString();
        Packet packet = new Packet(to, bytes);
        List<Hop> hops = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        int device = start;
        int outerNode = -1;
        boolean arrived = false;
        while (true) {
            if (!visited.add(((long) device << 32) | (outerNode & 0xffffffffL))) {
                int wireBytes = outerNode >= 0 ? bytes + Cilium.TUNNEL_OVERHEAD : bytes;
                String name = network.deviceNames[device];
                hops.add(new Hop(name, "loop: " + name + " already handled this packet", wireBytes, Optional.empty()));
                return new Trace(from, toName, packet, hops, Disposition.LOOP, name,
                        "the packet to " + to + " comes back to " + name + " unchanged, so it circles until its TTL runs out");
            }
            Decision decision = step.decide(device, inner, outerNode, arrived, bytes);
            String name = network.deviceNames[device];
            String explanation = describe(name, device, inner, outerNode, decision, bytes, hops);
            if (!decision.handedOn()) {
                return new Trace(from, toName, packet, hops, decision.disposition(), name, explanation);
            }
            device = decision.nextDevice();
            outerNode = decision.outerNode();
            arrived = true;
        }
    }

    /** Appends the hops of one decision and returns the explanation if the decision ends the trace. */
    private String describe(String name, int device, Destination inner, int arrivingOuter, Decision decision,
            int bytes, List<Hop> hops) {
        String tunnel = network.topology.cilium().tunnelProtocol().name();
        if (decision.decapsulated()) {
            hops.add(new Hop(name, "decapsulate " + tunnel + " (outer destination " + address(network.nodeDestinations[arrivingOuter].address()) + ")",
                    bytes + Cilium.TUNNEL_OVERHEAD, Optional.empty()));
        }
        if (decision.encapsulatedTo() >= 0) {
            int target = decision.encapsulatedTo();
            hops.add(new Hop(name, "encapsulate " + tunnel + " to " + network.deviceNames[target] + " ("
                    + address(network.nodeDestinations[target].address()) + "), UDP " + network.tunnelPort + ", +"
                    + Cilium.TUNNEL_OVERHEAD + " bytes", bytes + Cilium.TUNNEL_OVERHEAD,
                    Optional.of(network.topology.cilium().location())));
        }
        Optional<SourceLocation> routeLocation = Optional.ofNullable(decision.route()).map(RouteEntry::location);
        String destination = address(inner.address());
        Disposition disposition = decision.disposition();
        if (disposition == null) {
            String via = decision.route().kind() == RouteKind.CONNECTED
                    ? "connected " + decision.route().prefix()
                    : "route " + decision.route().prefix() + " via " + address(decision.nextHop()) + " ("
                            + kindName(decision.route()) + ")";
            hops.add(new Hop(name, via + " -> " + network.deviceNames[decision.nextDevice()] + " on "
                    + network.segments[decision.segment()].name(), decision.wireBytes(), routeLocation));
            return null;
        }
        switch (disposition) {
            case DELIVERED -> {
                if (inner.pod() >= 0 && inner.owner() != device) {
                    Pod pod = network.pods[inner.pod()];
                    hops.add(new Hop(name, "deliver to pod " + pod.name() + " (" + destination + ")", decision.wireBytes(),
                            Optional.of(pod.location())));
                    return "delivered to pod " + pod.name() + " on " + name;
                }
                hops.add(new Hop(name, "deliver to " + name + " (its own address " + destination + ")",
                        decision.wireBytes(), Optional.empty()));
                return "delivered to " + name + ", which owns " + destination;
            }
            case DENIED -> {
                Firewall firewall = network.firewallOfRule.get(decision.rule());
                String packet = decision.outerNode() >= 0
                        ? "the " + tunnel + " packet (UDP " + network.tunnelPort + ")"
                        : "the pod packet (TCP)";
                hops.add(new Hop(name, "deny: firewall " + firewall.name() + " rule '" + decision.rule() + "'",
                        decision.wireBytes(), Optional.of(decision.rule().location())));
                return "firewall " + firewall.name() + " at " + name + " denies " + packet + " with rule '"
                        + decision.rule() + "'";
            }
            case NO_ROUTE -> {
                if (network.isNode(device) && inner.podNode() == device) {
                    hops.add(new Hop(name, "no endpoint for " + destination + " in PodCIDR "
                            + network.nodes[device].podCidr(), decision.wireBytes(), Optional.of(network.nodes[device].location())));
                    return name + " owns PodCIDR " + network.nodes[device].podCidr() + " but no pod has address " + destination;
                }
                String wire = address(decision.outerNode() >= 0 ? network.nodeDestinations[decision.outerNode()].address() : inner.address());
                hops.add(new Hop(name, "no route to " + wire, decision.wireBytes(), Optional.empty()));
                return name + " has no route to " + wire + (decision.outerNode() >= 0 ? " (the tunnel endpoint)" : "");
            }
            case NULL_ROUTED -> {
                hops.add(new Hop(name, "drop: null route " + decision.route().prefix(), decision.wireBytes(), routeLocation));
                return name + " drops the packet: its longest matching route " + decision.route().prefix() + " is a null route";
            }
            case NEIGHBOR_UNREACHABLE -> {
                String hop = address(decision.nextHop());
                String why = decision.segment() < 0
                        ? hop + " is not on any segment " + name + " is attached to"
                        : "no other device has address " + hop + " on " + network.segments[decision.segment()].name()
                                + " (ARP gets no answer)";
                hops.add(new Hop(name, "route " + decision.route().prefix() + " via " + hop + ": neighbor unreachable",
                        decision.wireBytes(), routeLocation));
                return name + " cannot hand the packet to next hop " + hop + ": " + why;
            }
            case MTU_EXCEEDED -> {
                var segment = network.segments[decision.segment()];
                hops.add(new Hop(name, "route " + decision.route().prefix() + " onto " + segment.name() + ": "
                        + decision.wireBytes() + " bytes > MTU " + segment.mtu(), decision.wireBytes(),
                        Optional.of(segment.location())));
                return "the " + decision.wireBytes() + "-byte packet" + (decision.outerNode() >= 0 ? " (with the "
                        + Cilium.TUNNEL_OVERHEAD + "-byte " + tunnel + " header)" : "") + " does not fit segment "
                        + segment.name() + " (MTU " + segment.mtu() + ") leaving " + name
                        + "; it is not fragmented, so it is dropped";
            }
            default -> throw new IllegalStateException("a single step never decides " + disposition);
        }
    }

    private static String kindName(RouteEntry route) {
        return route.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String address(int bits) {
        return Ipv4Address.format(bits);
    }
}
