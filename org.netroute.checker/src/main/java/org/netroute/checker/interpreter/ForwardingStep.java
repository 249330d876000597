package org.netroute.checker.interpreter;

import org.netroute.checker.topology.Rule;
import org.netroute.checker.verify.Disposition;

/**
 * SEMANTICS.md's "what a device does with a packet", steps 1 to 5, as one function. Both the
 * single-packet {@link Forwarder} and the exhaustive sweep call it, so they cannot disagree on a
 * rule; they differ only in how they walk.
 */
final class ForwardingStep {

    private final Network network;

    ForwardingStep(Network network) {
        this.network = network;
    }

    /**
     * @param device    where the packet is
     * @param inner     the pod-level destination
     * @param outerNode the node the packet is wrapped towards (tunnel, encryption), or -1
     * @param arrived   false at the device the packet starts from (no firewall there)
     * @param size      the inner packet's size in bytes
     */
    Decision decide(int device, Destination inner, int outerNode, boolean arrived, int size) {
        boolean decapsulated = false;
        int encapsulatedTo = -1;
        if (arrived) {
            Rule rule = outerNode >= 0 ? network.outerRule[device] : network.probeRule[device];
            if (rule != null && network.denies(device, outerNode >= 0)) {
                int arrivingBytes = network.wireBytes(size, outerNode >= 0);
                return stop(Disposition.DENIED, -1, outerNode, false, -1, null, 0, rule, arrivingBytes);
            }
        }
        Destination wire = outerNode >= 0 ? network.outerDestinations[outerNode] : inner;
        if (wire.owner() == device) {
            if (outerNode < 0) {
                return stop(Disposition.DELIVERED, -1, -1, false, -1, null, 0, null, size);
            }
            decapsulated = true;
            outerNode = -1;
            wire = inner;
        }
        boolean node = network.isNode(device);
        if (node && outerNode < 0 && inner.podNode() == device) {
            // a pod of this node, or (IPsec) the node's own CiliumInternalIP reached inside an outer packet
            boolean endpoint = inner.pod() >= 0 || inner.owner() == device;
            return stop(endpoint ? Disposition.DELIVERED : Disposition.NO_ROUTE, -1, -1, decapsulated, -1,
                    null, 0, null, size);
        }
        if (network.wraps && node && outerNode < 0 && inner.podNode() >= 0) {
            outerNode = inner.podNode();
            encapsulatedTo = outerNode;
            wire = network.outerDestinations[outerNode];
        }
        int wireBytes = network.wireBytes(size, outerNode >= 0);
        RouteEntry route = network.lookup(device, wire);
        if (route == null) {
            return stop(Disposition.NO_ROUTE, -1, outerNode, decapsulated, encapsulatedTo, null, 0, null, wireBytes);
        }
        if (route.drop()) {
            return stop(Disposition.NULL_ROUTED, -1, outerNode, decapsulated, encapsulatedTo, route, 0, null, wireBytes);
        }
        int nextHop;
        int segment;
        int neighbour;
        if (route.kind() == RouteKind.CONNECTED) {
            nextHop = wire.address();
            segment = network.connectedSegment(device, route);
            neighbour = wire.ownerSegment() == segment ? wire.owner() : -1;
        } else {
            nextHop = route.nextHop().get().bits();
            segment = network.attachedSegmentContaining(device, nextHop);
            neighbour = segment >= 0 && network.ownerSegment(nextHop) == segment ? network.owner(nextHop) : -1;
        }
        if (segment < 0 || neighbour < 0 || neighbour == device) {
            return new Decision(Disposition.NEIGHBOR_UNREACHABLE, -1, segment, outerNode, decapsulated,
                    encapsulatedTo, route, nextHop, null, wireBytes);
        }
        if (wireBytes > network.segmentMtu[segment]) {
            return new Decision(Disposition.MTU_EXCEEDED, -1, segment, outerNode, decapsulated, encapsulatedTo,
                    route, nextHop, null, wireBytes);
        }
        return new Decision(null, neighbour, segment, outerNode, decapsulated, encapsulatedTo, route, nextHop, null,
                wireBytes);
    }

    private static Decision stop(Disposition disposition, int segment, int outerNode, boolean decapsulated,
            int encapsulatedTo, RouteEntry route, int nextHop, Rule rule, int wireBytes) {
        return new Decision(disposition, -1, segment, outerNode, decapsulated, encapsulatedTo, route, nextHop, rule,
                wireBytes);
    }
}
