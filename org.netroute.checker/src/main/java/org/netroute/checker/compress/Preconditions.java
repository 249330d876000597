package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * The validation facts the symmetry argument leans on (unique addresses, addresses inside their
 * segment or PodCIDR, no overlapping PodCIDRs or segments, one route per prefix and router). A
 * topology built without validation that breaks one is left uncompressed.
 */
final class Preconditions {

    private Preconditions() {
    }

    static boolean hold(Topology topology) {
        Set<Long> addresses = new HashSet<>();
        List<Prefix> blocks = new ArrayList<>();
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Segment segment : topology.segments()) {
            blocks.add(segment.cidr());
            if (segment.gateway().filter(gateway -> !segment.cidr().contains(gateway)).isPresent()) {
                return false;
            }
        }
        for (Node node : topology.nodes()) {
            blocks.add(node.podCidr());
            if (!addresses.add(HashKeys.ofAddress(node.address().bits())) || !topology.segmentOf(node).cidr().contains(node.address())) {
                return false;
            }
            for (Pod pod : node.pods()) {
                if (!addresses.add(HashKeys.ofAddress(pod.address().bits())) || !node.podCidr().contains(pod.address())) {
                    return false;
                }
            }
            if (ipsec && (!addresses.add(HashKeys.ofAddress(node.ciliumInternalIp().bits()))
                    || !node.podCidr().contains(node.ciliumInternalIp()))) {
                return false;
            }
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                if (!addresses.add(HashKeys.ofAddress(anInterface.address().bits()))
                        || !topology.segment(anInterface.segment()).cidr().contains(anInterface.address())) {
                    return false;
                }
            }
            Set<Long> routed = new HashSet<>();
            for (Route route : router.routes()) {
                if (!routed.add(HashKeys.of(route.destination()))) {
                    return false;
                }
            }
        }
        blocks.sort(null);
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).overlaps(blocks.get(i))) {
                return false;
            }
        }
        return true;
    }
}
