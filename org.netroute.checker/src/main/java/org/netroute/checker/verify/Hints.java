package org.netroute.checker.verify;

import java.util.Optional;

import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.PodMtu;
import org.netroute.checker.topology.Topology;

/**
 * What a network engineer would change to fix the failure a trace shows: the one source of
 * hints, whichever engine found the counterexample (Alloy's are replayed into a trace first).
 */
public final class Hints {

    private final Topology topology;

    public Hints(Topology topology) {
        this.topology = topology;
    }

    public String forTrace(Trace trace) {
        String at = trace.at();
        String destination = trace.packet().destination().toString();
        Hop failing = trace.lastHop();
        return switch (trace.disposition()) {
            case DELIVERED -> "";
            case NO_ROUTE -> failing.step() == StepKind.NO_ENDPOINT
                    ? "address " + destination + " has no pod; send traffic only to pods that exist, or declare the pod"
                    : unpeeredNode(at, trace.packet().destination())
                            .map(node -> "add " + node.name() + " to " + at + "'s BGP peering (bgp { peer " + at
                                    + " for ..., " + node.name() + " }): it holds " + node.podCidr()
                                    + ", which no peering advertises to " + at)
                            .orElseGet(() -> "give " + at + " a route to " + failing.address().map(Object::toString).orElse(destination)
                            + ": a static route on a router, a bgp peer, auto-direct-node-routes (nodes on one segment)"
                            + " or a segment gateway as default route");
            case NULL_ROUTED -> "remove or narrow the null route on " + at + ", or add a more specific route to "
                    + destination + " there";
            case DENIED -> failing.bytes() > trace.packet().bytes()
                    ? "allow " + outerPacket() + " in that firewall, before the denying rule"
                    : "allow the pod traffic in that firewall, before the denying rule";
            case LOOP -> "the devices on this path send " + destination + " back and forth: point one of their "
                    + "routes at the owner of " + destination + ", or add a null route ('drop') for address space "
                    + "nobody owns";
            case MTU_EXCEEDED -> mtuHint(failing);
            case NEIGHBOR_UNREACHABLE -> "make the next hop an address of another device on a segment " + at
                    + " is attached to (check the route's via address and the segments' CIDRs)";
        };
    }

    /** The node whose PodCIDR holds the destination, when a BGP peering of the router leaves it out. */
    private Optional<Node> unpeeredNode(String router, Ipv4Address destination) {
        if (!topology.isBgpPeer(router)) {
            return Optional.empty();
        }
        return topology.nodes().stream().filter(node -> node.podCidr().contains(destination))
                .filter(node -> topology.bgpPeers().stream()
                        .noneMatch(peer -> peer.router().equals(router) && peer.covers(node.name())))
                .findFirst();
    }

    /** What the wire carries between nodes, as a firewall rule allows it. */
    private String outerPacket() {
        Cilium cilium = topology.cilium();
        return switch (cilium.encryption()) {
            case WIREGUARD -> "UDP " + Encryption.WIREGUARD_PORT + " (WireGuard) between node addresses";
            case IPSEC -> cilium.tunnel() ? tunnelPort(cilium) + " between node addresses"
                    : "esp (IPsec) between the nodes' CiliumInternalIPs";
            case NONE -> tunnelPort(cilium) + " between node addresses";
        };
    }

    private static String tunnelPort(Cilium cilium) {
        return "UDP " + cilium.tunnelPort() + " (the " + cilium.tunnelProtocol().name() + " port)";
    }

    private String mtuHint(Hop failing) {
        return failing.segment().map(topology::segment).map(segment -> {
            Cilium cilium = topology.cilium();
            int podMtu = PodMtu.of(cilium.mode(), cilium.encryption(), segment.mtu(), segment.mtu());
            return "raise segment " + segment.name() + "'s MTU to at least " + failing.bytes()
                    + ", or set cilium 'mtu: " + segment.mtu() + "' so pods send at most " + podMtu + " bytes";
        }).orElse("raise the MTU of the segment that is too small, or lower cilium's mtu");
    }
}
