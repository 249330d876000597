package org.netroute.checker.interpreter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
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

    /** A forwarder of pod packets of one transport (e.g. TCP 5432, as a policy allows it). */
    public Forwarder(Topology topology, Probe probe) {
        this(new Network(topology, probe));
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
                int wireBytes = network.wireBytes(bytes, outerNode >= 0);
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
        if (decision.decapsulated()) {
            unwrap(name, arrivingOuter, bytes, hops);
        }
        if (decision.encapsulatedTo() >= 0) {
            wrap(name, decision.encapsulatedTo(), bytes, hops);
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
                String packet = decision.outerNode() >= 0 ? outerPacketWords()
                        : network.probe.isDefault() ? "the pod packet (TCP)" : "the pod packet (" + network.probe.words() + ")";
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
                        ? network.outerDestinations[decision.outerNode()].address() : inner.address());
                hops.add(Hop.of(name, StepKind.NO_ROUTE, decision.wireBytes()).at(wire));
                return name + " has no route to " + wire + (decision.outerNode() < 0 ? ""
                        : network.outer.encryption().encrypts() ? " (where the encrypted packet goes)"
                                : " (the tunnel endpoint)");
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
                return "the " + decision.wireBytes() + "-byte packet" + (decision.outerNode() >= 0
                        ? " (" + wrappingWords(decision.wireBytes() - bytes) + ")" : "") + " does not fit segment "
                        + segment.name() + " (MTU " + segment.mtu() + ") leaving " + name
                        + "; it is not fragmented, so it is dropped";
            }
            default -> throw new IllegalStateException("a single step never decides " + disposition);
        }
    }

    /**
     * The hops of a node wrapping a pod packet towards {@code target}: WireGuard encrypts the tunnel
     * packet, IPsec encrypts the pod packet and the tunnel carries the ESP packet.
     */
    private void wrap(String name, int target, int bytes, List<Hop> hops) {
        OuterPacket outer = network.outer;
        Node node = network.nodes[target];
        SourceLocation cilium = network.topology.cilium().location();
        String tunnel = network.topology.cilium().tunnelProtocol().name();
        Encryption encryption = outer.encryption();
        IntFunction<Hop> encapsulate = size -> Hop.of(name, StepKind.ENCAPSULATE, size).by(tunnel)
                .toward(node.name()).at(node.address()).limitedTo(outer.tunnelPort()).adding(Cilium.TUNNEL_OVERHEAD)
                .declaredAt(cilium);
        IntFunction<Hop> encrypt = size -> Hop.of(name, StepKind.ENCRYPT, size).by(encryption.displayName())
                .toward(node.name()).at(outer.encryptedDestination(node)).limitedTo(outer.encryptedPort())
                .declaredAt(cilium);
        int first = outer.firstLayerBytes(bytes);
        int last = outer.bytes(bytes);
        if (!encryption.encrypts()) {
            hops.add(encapsulate.apply(first));
        } else if (!outer.tunnel()) {
            hops.add(encrypt.apply(first).adding(first - bytes));
        } else if (outer.encapsulatesFirst()) {
            hops.add(encapsulate.apply(first));
            hops.add(encrypt.apply(last).adding(last - first));
        } else {
            hops.add(encrypt.apply(first).adding(first - bytes));
            hops.add(encapsulate.apply(last));
        }
    }

    /** The hops of the outer packet's destination node taking the layers off, outermost first. */
    private void unwrap(String name, int self, int bytes, List<Hop> hops) {
        OuterPacket outer = network.outer;
        Node node = network.nodes[self];
        String tunnel = network.topology.cilium().tunnelProtocol().name();
        Encryption encryption = outer.encryption();
        IntFunction<Hop> decapsulate = size -> Hop.of(name, StepKind.DECAPSULATE, size).by(tunnel)
                .at(node.address()).limitedTo(outer.tunnelPort());
        IntFunction<Hop> decrypt = size -> Hop.of(name, StepKind.DECRYPT, size).by(encryption.displayName())
                .at(outer.encryptedDestination(node)).limitedTo(outer.encryptedPort());
        int first = outer.firstLayerBytes(bytes);
        int last = outer.bytes(bytes);
        if (!encryption.encrypts()) {
            hops.add(decapsulate.apply(first));
        } else if (!outer.tunnel()) {
            hops.add(decrypt.apply(first));
        } else if (outer.encapsulatesFirst()) {
            hops.add(decrypt.apply(last));
            hops.add(decapsulate.apply(first));
        } else {
            hops.add(decapsulate.apply(last));
            hops.add(decrypt.apply(first));
        }
    }

    /** The outer packet as a firewall sees it, e.g. "the WireGuard packet (UDP 51871)". */
    private String outerPacketWords() {
        OuterPacket outer = network.outer;
        String tunnel = network.topology.cilium().tunnelProtocol().name();
        return switch (outer.encryption()) {
            case NONE -> "the " + tunnel + " packet (UDP " + outer.tunnelPort() + ")";
            case WIREGUARD -> "the WireGuard packet (UDP " + Encryption.WIREGUARD_PORT + ")";
            case IPSEC -> outer.tunnel() ? "the " + tunnel + " packet (UDP " + outer.tunnelPort() + ") carrying ESP"
                    : "the IPsec packet (ESP)";
        };
    }

    /** What was put around the pod packet, e.g. "with the 50-byte VXLAN header". */
    private String wrappingWords(int added) {
        OuterPacket outer = network.outer;
        String tunnel = network.topology.cilium().tunnelProtocol().name();
        if (!outer.encryption().encrypts()) {
            return "with the " + added + "-byte " + tunnel + " header";
        }
        String layers = !outer.tunnel() ? outer.encryption().displayName()
                : outer.encapsulatesFirst() ? tunnel + ", then " + outer.encryption().displayName()
                        : outer.encryption().displayName() + ", then " + tunnel;
        return "wrapped in " + layers + ": " + added + " bytes more than the pod packet";
    }

    private static String kindName(RouteEntry route) {
        return route.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

}
