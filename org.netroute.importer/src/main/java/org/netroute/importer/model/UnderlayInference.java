package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;
import org.netroute.importer.cilium.Addresses;
import org.netroute.importer.source.Origin;

/**
 * The underlay import assumes when none is given: one segment per block of InternalIPs (a /24
 * unless {@code --segment-prefix} says otherwise) with Ethernet's MTU of 1500, and one router per
 * BGP peer address, on the segment that holds the address or on a segment of its own. Nothing
 * else is invented (no gateways, no routers between segments): every inferred line says so in a
 * comment and the summary lists the assumptions.
 */
public final class UnderlayInference {

    /** The segment MTU assumed: Ethernet's. Cilium's {@code mtu} is its own setting and is never copied here. */
    public static final int MTU = 1500;

    private final int prefix;

    /** @param prefix the prefix length of an inferred segment (1..32) */
    public UnderlayInference(int prefix) {
        if (prefix < 1 || prefix > 32) {
            throw new IllegalArgumentException("--segment-prefix must be 1..32, not " + prefix);
        }
        this.prefix = prefix;
    }

    public Network infer(List<NodeFacts> nodes, List<PeerSelection> peers, Findings findings) {
        Set<String> taken = new HashSet<>();
        nodes.forEach(node -> taken.add(node.name()));
        Map<Long, List<NodeFacts>> blocks = new TreeMap<>();
        for (NodeFacts node : nodes) {
            blocks.computeIfAbsent(Addresses.block(node.addressValue(), prefix), block -> new ArrayList<>()).add(node);
        }
        List<ImportedCluster.Segment> segments = new ArrayList<>();
        Map<Long, String> segmentOfBlock = new HashMap<>();
        Map<String, String> segmentOfNode = new HashMap<>();
        blocks.forEach((block, members) -> {
            String name = unique("net-" + Addresses.cidr(block).replace('.', '-').replace('/', '-'), taken);
            segmentOfBlock.put(block, name);
            members.forEach(node -> segmentOfNode.put(node.name(), name));
            segments.add(new ImportedCluster.Segment(name, Addresses.cidr(block), Optional.of(MTU), Optional.empty(),
                    Optional.of(new ImportedCluster.Inference("one segment per /" + prefix + " of the nodes' InternalIPs",
                            "the /" + prefix + " of " + members.size() + (members.size() == 1 ? " node" : " nodes"),
                            "Ethernet's; Cilium's mtu is its own setting")),
                    ImportedCluster.Source.NONE));
        });
        if (!nodes.isEmpty()) {
            findings.assumption(segments.size() + (segments.size() == 1 ? " segment" : " segments") + " inferred, one per /"
                    + prefix + " of the nodes' InternalIPs (--segment-prefix), each with MTU " + MTU
                    + " and no gateway: give --underlay with the real segments, routers and firewalls");
        }
        if (segments.size() > 1) {
            findings.warning("", Origin.NONE, "the nodes lie on " + segments.size()
                    + " inferred segments and nothing connects them (import infers no router between segments):"
                    + " pods on different segments will be unreachable unless --underlay gives the routers");
        }
        List<ImportedCluster.Router> routers = new ArrayList<>();
        List<ImportedCluster.Peer> bgpPeers = new ArrayList<>();
        for (PeerSelection peer : peers) {
            long address = Ipv4Text.addressValue(peer.address());
            long block = Addresses.block(address, prefix);
            String segment = segmentOfBlock.get(block);
            if (segment == null) {
                segment = unique("net-" + Addresses.cidr(block).replace('.', '-').replace('/', '-'), taken);
                segmentOfBlock.put(block, segment);
                segments.add(new ImportedCluster.Segment(segment, Addresses.cidr(block), Optional.of(MTU), Optional.empty(),
                        Optional.of(new ImportedCluster.Inference("a segment of its own for BGP peer " + peer.address(),
                                "the /" + prefix + " of the peer address; no node is on it",
                                "Ethernet's")),
                        peer.source()));
                findings.warning(peer.source().subject(), peer.source().origin(), "BGP peer " + peer.address()
                        + " is on no node's segment: it gets a segment of its own, and nothing connects it to the nodes"
                        + " unless --underlay gives the routers");
            }
            String router = unique("bgp-peer-" + peer.address().replace('.', '-'), taken);
            routers.add(new ImportedCluster.Router(router, List.of(new ImportedCluster.Interface("eth0", peer.address(),
                    segment, peer.source())), List.of(), Optional.of(new ImportedCluster.Inference(
                            "one router per BGP peer address", "the peer address, on " + segment, "")),
                    peer.source()));
            bgpPeers.add(new ImportedCluster.Peer(router, peer.nodes(), peer.sources(), peer.source()));
        }
        if (!routers.isEmpty()) {
            findings.assumption(routers.size() + (routers.size() == 1 ? " router" : " routers")
                    + " inferred, one per BGP peer address, with one interface at that address and no routes");
        }
        return new Network(segments, routers, List.of(), bgpPeers, segmentOfNode);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
