package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;

/**
 * Places the imported cluster on the user's underlay: each node on the segment whose CIDR holds its
 * InternalIP, each BGP peer address on the router that has an interface with that address. A node
 * or peer that fits nowhere is an error: the underlay then does not describe this cluster.
 */
public final class UnderlayMatching {

    private UnderlayMatching() {
    }

    public static Network place(Underlay underlay, List<NodeFacts> nodes, List<PeerSelection> peers, Findings findings) {
        Map<String, String> segmentOfNode = new HashMap<>();
        for (NodeFacts node : nodes) {
            Optional<ImportedCluster.Segment> segment = holder(underlay.segments(), node.addressValue());
            if (segment.isEmpty()) {
                findings.error(node.addressObject().ref(), node.addressOrigin(), "InternalIP " + node.address()
                        + " lies in no segment of the underlay " + underlay.file());
            } else {
                segmentOfNode.put(node.name(), segment.get().name());
            }
        }
        Map<String, ImportedCluster.Peer> byRouter = new LinkedHashMap<>();
        underlay.peers().forEach(peer -> byRouter.put(peer.router(), peer));
        for (PeerSelection peer : peers) {
            Optional<ImportedCluster.Router> router = underlay.routerWith(peer.address());
            if (router.isEmpty()) {
                findings.error(peer.source().subject(), peer.source().origin(), "BGP peer " + peer.address()
                        + " is the address of no router interface in the underlay " + underlay.file());
                continue;
            }
            ImportedCluster.Peer imported = new ImportedCluster.Peer(router.get().name(), peer.nodes(), peer.sources(),
                    peer.source());
            byRouter.merge(router.get().name(), imported, UnderlayMatching::union);
        }
        return new Network(underlay.segments(), underlay.routers(), underlay.firewalls(), new ArrayList<>(byRouter.values()),
                segmentOfNode);
    }

    /** Two peerings of one router: every node if either says so, else both lists. */
    private static ImportedCluster.Peer union(ImportedCluster.Peer a, ImportedCluster.Peer b) {
        if (a.nodes().isEmpty() || b.nodes().isEmpty()) {
            return new ImportedCluster.Peer(a.router(), List.of(), a.comment() + "; " + b.comment(), a.source());
        }
        TreeSet<String> nodes = new TreeSet<>(a.nodes());
        nodes.addAll(b.nodes());
        return new ImportedCluster.Peer(a.router(), new ArrayList<>(nodes), a.comment() + "; " + b.comment(), a.source());
    }

    /** The segment with the longest prefix that holds the address. */
    private static Optional<ImportedCluster.Segment> holder(List<ImportedCluster.Segment> segments, long address) {
        ImportedCluster.Segment best = null;
        int bestLength = -1;
        for (ImportedCluster.Segment segment : segments) {
            long cidr = Ipv4Text.cidrValue(segment.cidr());
            if (cidr != Ipv4Text.INVALID && Ipv4Text.contains(cidr, address) && Ipv4Text.length(cidr) > bestLength) {
                best = segment;
                bestLength = Ipv4Text.length(cidr);
            }
        }
        return Optional.ofNullable(best);
    }
}
