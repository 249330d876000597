package org.netroute.importer.model;

import java.util.List;
import java.util.Map;

/**
 * The underlay of the written cluster, given or inferred, with each node's place on it: the
 * segments, routers and firewalls, the BGP peers, and the segment each node's InternalIP lies on.
 */
public record Network(List<ImportedCluster.Segment> segments, List<ImportedCluster.Router> routers,
        List<ImportedCluster.Firewall> firewalls, List<ImportedCluster.Peer> peers, Map<String, String> segmentOfNode) {

    public Network {
        segments = List.copyOf(segments);
        routers = List.copyOf(routers);
        firewalls = List.copyOf(firewalls);
        peers = List.copyOf(peers);
        segmentOfNode = Map.copyOf(segmentOfNode);
    }
}
