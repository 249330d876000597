package org.netroute.checker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.StepKind;

/**
 * A counterexample's hops placed on the cluster: which segment each move from device to device
 * crossed, whether the wire carried it encrypted, and where the packet failed (the device, and
 * the segment when it failed for that segment, as with MTU_EXCEEDED). What the picture draws on
 * top of the layout.
 *
 * @param moves        the moves from device to device in order
 * @param failingHop   the 1-based number of the hop where the packet failed
 * @param failingSegment the segment the failing hop names (it could not be crossed), if any
 * @param encryptions  the hops where a node encrypted the packet, with what, in order
 */
public record FailingPath(List<Move> moves, String failingDevice, int failingHop, Optional<String> failingSegment,
        List<Encryption> encryptions) {

    public FailingPath {
        moves = List.copyOf(moves);
        encryptions = List.copyOf(encryptions);
    }

    /** A node encrypting the packet: the device, the 1-based hop and the scheme ({@code WireGuard}, {@code IPsec}). */
    public record Encryption(String device, int hop, String scheme) {
    }

    /**
     * A packet handed from one device to a neighbour across a segment.
     *
     * @param hop       the 1-based number of the hop that forwarded it
     * @param encrypted whether the wire carried it encrypted (between an encrypt and a decrypt hop)
     */
    public record Move(String from, String segment, String to, int hop, boolean encrypted) {
    }

    public static FailingPath of(Counterexample counterexample, Topology topology) {
        List<Hop> hops = counterexample.hops();
        List<Move> moves = new ArrayList<>();
        List<Encryption> encryptions = new ArrayList<>();
        boolean encrypted = false;
        for (int index = 0; index < hops.size(); index++) {
            Hop hop = hops.get(index);
            if (hop.step() == StepKind.ENCRYPT) {
                encrypted = true;
                encryptions.add(new Encryption(hop.device(), index + 1, hop.means().orElse("")));
            } else if (hop.step() == StepKind.DECRYPT) {
                encrypted = false;
            }
            if (index + 1 == hops.size()) {
                break;
            }
            String next = hops.get(index + 1).device();
            if (next.equals(hop.device())) {
                continue;
            }
            int number = index + 1;
            boolean sealed = encrypted;
            crossed(topology, hop, next)
                    .ifPresent(segment -> moves.add(new Move(hop.device(), segment, next, number, sealed)));
        }
        Optional<String> failingSegment = hops.isEmpty() ? Optional.empty()
                : counterexample.failingHop().segment();
        return new FailingPath(moves, counterexample.at(), hops.isEmpty() ? 0 : counterexample.failingHopNumber(),
                failingSegment, encryptions);
    }

    /** The segment the hop crossed; for a hop that names none, the first one both devices share. */
    private static Optional<String> crossed(Topology topology, Hop hop, String next) {
        return hop.segment().or(() -> segmentsOf(topology, hop.device()).stream()
                .filter(segmentsOf(topology, next)::contains).findFirst());
    }

    private static List<String> segmentsOf(Topology topology, String device) {
        return topology.node(device).map(node -> List.of(node.segment()))
                .or(() -> topology.router(device)
                        .map(router -> router.interfaces().stream().map(Interface::segment).distinct().toList()))
                .orElse(List.of());
    }
}
