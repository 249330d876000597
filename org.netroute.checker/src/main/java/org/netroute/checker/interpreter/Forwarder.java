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
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.StepKind;
import org.netroute.checker.verify.Trace;

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
                hops.add(Hop.of(name, StepKind.LOOP, wireBytes));
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
            hops.add(Hop.of(name, StepKind.DECAPSULATE, bytes + Cilium.TUNNEL_OVERHEAD).by(tunnel)
                    .at(new Ipv4Address(network.nodeDestinations[arrivingOuter].address())).limitedTo(network.tunnelPort));
        }
        if (decision.encapsulatedTo() >= 0) {
            int target = decision.encapsulatedTo();
            hops.add(Hop.of(name, StepKind.ENCAPSULATE, bytes + Cilium.TUNNEL_OVERHEAD).by(tunnel)
                    .toward(network.deviceNames[target]).at(new Ipv4Address(network.nodeDestinations[target].address()))
                    .limitedTo(network.tunnelPort).declaredAt(network.topology.cilium().location()));
        }
        Optional<SourceLocation> routeLocation = Optional.ofNullable(decision.route()).map(RouteEntry::location);
        Ipv4Address destination = new Ipv4Address(inner.address());
        Disposition disposition = decision.disposition();
        if (disposition == null) {
            Hop forward = Hop.of(name, StepKind.FORWARD, decision.wireBytes()).matching(decision.route().prefix())
                    .toward(network.deviceNames[decision.nextDevice()])
                    .onSegment(network.segments[decision.segment()].name()).declaredAt(routeLocation);
            hops.add(decision.route().kind() == RouteKind.CONNECTED ? forward.by("connected")
                    : forward.by(kindName(decision.route())).at(new Ipv4Address(decision.nextHop())));
            return null;
        }
        switch (disposition) {
            case DELIVERED -> {
                if (inner.pod() >= 0 && inner.owner() != device) {
                    Pod pod = network.pods[inner.pod()];
                    hops.add(Hop.of(name, StepKind.DELIVER, decision.wireBytes()).toward(pod.name()).at(destination)
                            .declaredAt(pod.location()));
                    return "delivered to pod " + pod.name() + " on " + name;
                }
                hops.add(Hop.of(name, StepKind.DELIVER, decision.wireBytes()).at(destination));
                return "delivered to " + name + ", which owns " + destination;
            }
            case DENIED -> {
                Firewall firewall = network.firewallOfRule.get(decision.rule());
                String packet = decision.outerNode() >= 0
                        ? "the " + tunnel + " packet (UDP " + network.tunnelPort + ")"
                        : "the pod packet (TCP)";
                hops.add(Hop.of(name, StepKind.DENY, decision.wireBytes()).toward(firewall.name())
                        .by(decision.rule().toString()).declaredAt(decision.rule().location()));
                return "firewall " + firewall.name() + " at " + name + " denies " + packet + " with rule '"
                        + decision.rule() + "'";
            }
            case NO_ROUTE -> {
                if (network.isNode(device) && inner.podNode() == device) {
                    hops.add(Hop.of(name, StepKind.NO_ENDPOINT, decision.wireBytes()).at(destination)
                            .matching(network.nodes[device].podCidr()).declaredAt(network.nodes[device].location()));
                    return name + " owns PodCIDR " + network.nodes[device].podCidr() + " but no pod has address " + destination;
                }
                Ipv4Address wire = new Ipv4Address(decision.outerNode() >= 0
                        ? network.nodeDestinations[decision.outerNode()].address() : inner.address());
                hops.add(Hop.of(name, StepKind.NO_ROUTE, decision.wireBytes()).at(wire));
                return name + " has no route to " + wire + (decision.outerNode() >= 0 ? " (the tunnel endpoint)" : "");
            }
            case NULL_ROUTED -> {
                hops.add(Hop.of(name, StepKind.NULL_ROUTE, decision.wireBytes()).matching(decision.route().prefix())
                        .declaredAt(routeLocation));
                return name + " drops the packet: its longest matching route " + decision.route().prefix() + " is a null route";
            }
            case NEIGHBOR_UNREACHABLE -> {
                Ipv4Address hop = new Ipv4Address(decision.nextHop());
                String why = decision.segment() < 0
                        ? hop + " is not on any segment " + name + " is attached to"
                        : "no other device has address " + hop + " on " + network.segments[decision.segment()].name()
                                + " (ARP gets no answer)";
                Hop unreachable = Hop.of(name, StepKind.NEIGHBOR_UNREACHABLE, decision.wireBytes())
                        .matching(decision.route().prefix()).at(hop).declaredAt(routeLocation);
                hops.add(decision.segment() < 0 ? unreachable
                        : unreachable.onSegment(network.segments[decision.segment()].name()));
                return name + " cannot hand the packet to next hop " + hop + ": " + why;
            }
            case MTU_EXCEEDED -> {
                var segment = network.segments[decision.segment()];
                hops.add(Hop.of(name, StepKind.MTU_EXCEEDED, decision.wireBytes()).matching(decision.route().prefix())
                        .onSegment(segment.name()).limitedTo(segment.mtu()).declaredAt(segment.location()));
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

}
