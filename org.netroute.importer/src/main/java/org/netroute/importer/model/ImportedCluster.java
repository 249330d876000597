package org.netroute.importer.model;

import java.util.List;
import java.util.Optional;

import org.netroute.importer.source.Origin;

/**
 * The cluster import writes, declaration by declaration, before it becomes text: Cilium's options,
 * the underlay (given or inferred), the BGP peers and the nodes with their pods. Each declaration
 * keeps where it came from, so a problem found in the written file is reported at the object or
 * underlay line it stems from; inferred ones keep why they were inferred.
 */
public record ImportedCluster(String name, List<CiliumSettings.Option> cilium, List<Segment> segments, List<Router> routers,
        List<Firewall> firewalls, List<Peer> peers, List<Node> nodes) {

    public ImportedCluster {
        cilium = List.copyOf(cilium);
        segments = List.copyOf(segments);
        routers = List.copyOf(routers);
        firewalls = List.copyOf(firewalls);
        peers = List.copyOf(peers);
        nodes = List.copyOf(nodes);
    }

    /** Where a declaration stems from: an object ({@code Kind/name}) or the underlay file, and the line. */
    public record Source(String subject, Origin origin) {

        public static final Source NONE = new Source("", Origin.NONE);
    }

    /**
     * An L2 segment.
     *
     * @param inferred why import assumed it, for the comment on each of its lines; empty when given
     */
    public record Segment(String name, String cidr, Optional<Integer> mtu, Optional<String> gateway,
            Optional<Inference> inferred, Source source) {
    }

    /** Why each line of an inferred segment or router was assumed. */
    public record Inference(String declaration, String detail, String mtu) {
    }

    public record Router(String name, List<Interface> interfaces, List<Route> routes, Optional<Inference> inferred,
            Source source) {

        public Router {
            interfaces = List.copyOf(interfaces);
            routes = List.copyOf(routes);
        }
    }

    public record Interface(String name, String address, String segment, Source source) {
    }

    /** A static route to a next hop, or a null route when {@code nextHop} is empty. */
    public record Route(String destination, Optional<String> nextHop, Source source) {
    }

    public record Firewall(String name, String device, List<Rule> rules, Source source) {

        public Firewall {
            rules = List.copyOf(rules);
        }
    }

    public record Rule(String action, String protocol, Optional<Integer> port, Source source) {
    }

    /**
     * A BGP peer router and the nodes that advertise their PodCIDRs to it.
     *
     * @param nodes the nodes, in name order; empty means every node ({@code peer R} without {@code for})
     * @param comment where the peering was read, written beside it
     */
    public record Peer(String router, List<String> nodes, String comment, Source source) {

        public Peer {
            nodes = List.copyOf(nodes);
        }
    }

    /** @param ciliumInternalIp written as {@code cilium-internal-ip} (with IPsec, where NetRoute uses it) */
    public record Node(String name, String address, String segment, String podCidr, Optional<String> ciliumInternalIp,
            List<Pod> pods, Source source) {

        public Node {
            pods = List.copyOf(pods);
        }
    }

    public record Pod(String namespace, String name, String address, Source source) {
    }
}
