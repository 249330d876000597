package org.netroute.checker.verify;

import java.util.Optional;

import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.SourceLocation;

/**
 * One thing one device did to the packet, as data: the step, the segment it concerns, the
 * packet's size on the wire at that moment and the declaration responsible. {@link HopWords}
 * makes the words; nothing reads words back.
 *
 * @param segment     the segment crossed (forward) or that could not be crossed (MTU, neighbour)
 * @param declaration the line that made the device act so, if any
 * @param peer        the other party: the next device (forward), the target node (encapsulate),
 *                    the pod (deliver), the firewall (deny)
 * @param address     the address acted on: next hop, outer destination, or the destination
 * @param prefix      the route's prefix, or the PodCIDR without the endpoint
 * @param means       how: the route's kind ({@code static}, {@code bgp}...), the tunnel
 *                    ({@code VXLAN}), the encryption ({@code WireGuard}), or the denying rule
 * @param limit       the segment's MTU for {@link StepKind#MTU_EXCEEDED}, the outer packet's UDP
 *                    port for (de)encapsulation and encryption (0 for ESP, which has none), else 0
 * @param added       the bytes the step put around the packet (encapsulate, encrypt), else 0
 */
public record Hop(String device, StepKind step, Optional<String> segment, int bytes,
        Optional<SourceLocation> declaration, Optional<String> peer, Optional<Ipv4Address> address,
        Optional<Prefix> prefix, Optional<String> means, int limit, int added) {

    /** A hop with only the step, the device and the size; add the rest with the {@code with} methods. */
    public static Hop of(String device, StepKind step, int bytes) {
        return new Hop(device, step, Optional.empty(), bytes, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 0);
    }

    public Hop onSegment(String segmentName) {
        return new Hop(device, step, Optional.of(segmentName), bytes, declaration, peer, address, prefix, means, limit,
                added);
    }

    public Hop declaredAt(SourceLocation location) {
        return new Hop(device, step, segment, bytes, Optional.ofNullable(location), peer, address, prefix, means,
                limit, added);
    }

    public Hop declaredAt(Optional<SourceLocation> location) {
        return new Hop(device, step, segment, bytes, location, peer, address, prefix, means, limit,
                added);
    }

    public Hop toward(String peerName) {
        return new Hop(device, step, segment, bytes, declaration, Optional.of(peerName), address, prefix, means,
                limit, added);
    }

    public Hop at(Ipv4Address anAddress) {
        return new Hop(device, step, segment, bytes, declaration, peer, Optional.of(anAddress), prefix, means, limit,
                added);
    }

    public Hop matching(Prefix aPrefix) {
        return new Hop(device, step, segment, bytes, declaration, peer, address, Optional.of(aPrefix), means, limit,
                added);
    }

    public Hop by(String howName) {
        return new Hop(device, step, segment, bytes, declaration, peer, address, prefix, Optional.of(howName), limit,
                added);
    }

    public Hop limitedTo(int aLimit) {
        return new Hop(device, step, segment, bytes, declaration, peer, address, prefix, means, aLimit, added);
    }

    public Hop adding(int bytesAdded) {
        return new Hop(device, step, segment, bytes, declaration, peer, address, prefix, means, limit, bytesAdded);
    }

    @Override
    public String toString() {
        return HopWords.line(this);
    }
}
