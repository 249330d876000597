package org.netroute.checker.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.netroute.checker.policy.PolicyBuilder;
import org.netroute.dsl.netRoute.Cluster;

/**
 * The one place that reads the EMF model: resolves names, parses addresses and CIDRs and fills
 * in defaults, producing a {@link Topology} no engine needs EMF to read.
 */
public final class TopologyBuilder {

    private URI lastUri;
    private String lastFileName;

    /**
     * Builds the topology of one parsed and validated cluster.
     *
     * @throws TopologyException when a declaration lacks what forwarding needs (an address, a CIDR...)
     */
    public Topology build(Cluster cluster) {
        Cilium cilium = cilium(cluster);
        List<Segment> segments = new ArrayList<>();
        for (org.netroute.dsl.netRoute.Segment segment : cluster.getSegments()) {
            segments.add(new Segment(segment.getName(), prefix(segment.getCidr(), segment, "segment " + segment.getName() + " has no cidr"),
                    positiveOr(segment.getMtu(), Segment.DEFAULT_MTU),
                    Optional.ofNullable(segment.getGateway()).map(text -> address(text, segment)),
                    location(segment)));
        }
        List<Router> routers = new ArrayList<>();
        for (org.netroute.dsl.netRoute.Router router : cluster.getRouters()) {
            List<Interface> interfaces = new ArrayList<>();
            for (org.netroute.dsl.netRoute.Interface eInterface : router.getInterfaces()) {
                interfaces.add(new Interface(eInterface.getName(), address(eInterface.getAddress(), eInterface),
                        eInterface.getSegment().getName(), location(eInterface)));
            }
            List<Route> routes = new ArrayList<>();
            for (org.netroute.dsl.netRoute.Route route : router.getRoutes()) {
                Optional<Ipv4Address> nextHop = route.isDrop() || route.getNextHop() == null
                        ? Optional.empty()
                        : Optional.of(address(route.getNextHop(), route));
                routes.add(new Route(prefix(route.getDestination(), route, "route has no destination"), nextHop,
                        location(route)));
            }
            routers.add(new Router(router.getName(), interfaces, routes, location(router)));
        }
        List<Node> nodes = new ArrayList<>();
        for (org.netroute.dsl.netRoute.Node node : cluster.getNodes()) {
            if (node.getAddress() == null || node.getSegment() == null) {
                throw error("node " + node.getName() + " has no address (address: IP on SEGMENT)", node);
            }
            List<Pod> pods = new ArrayList<>();
            for (org.netroute.dsl.netRoute.Pod pod : node.getPods()) {
                pods.add(new Pod(pod.getName(), address(pod.getAddress(), pod), node.getName(), location(pod)));
            }
            Prefix podCidr = prefix(node.getPodCidr(), node, "node " + node.getName() + " has no pod-cidr");
            Ipv4Address ciliumInternalIp = node.getCiliumInternalIp() == null ? CiliumInternalIp.standIn(podCidr, pods)
                    : address(node.getCiliumInternalIp(), node);
            nodes.add(new Node(node.getName(), address(node.getAddress(), node), node.getSegment().getName(), podCidr,
                    pods, ciliumInternalIp, location(node)));
        }
        List<Firewall> firewalls = new ArrayList<>();
        for (org.netroute.dsl.netRoute.Firewall firewall : cluster.getFirewalls()) {
            List<Rule> rules = new ArrayList<>();
            for (org.netroute.dsl.netRoute.Rule rule : firewall.getRules()) {
                rules.add(new Rule(RuleAction.valueOf(rule.getAction().getName().toUpperCase(Locale.ROOT)),
                        Protocol.valueOf(rule.getProtocol().getName().toUpperCase(Locale.ROOT)),
                        rule.getPort() == null ? OptionalInt.empty() : OptionalInt.of(rule.getPort()),
                        location(rule)));
            }
            firewalls.add(new Firewall(firewall.getName(), firewall.getDevice().getName(), rules, location(firewall)));
        }
        List<BgpPeer> peers = new ArrayList<>();
        for (org.netroute.dsl.netRoute.Bgp bgp : cluster.getBgp()) {
            for (org.netroute.dsl.netRoute.Peer peer : bgp.getPeers()) {
                Optional<List<String>> scope = peer.getNodes().isEmpty() ? Optional.empty()
                        : Optional.of(peer.getNodes().stream().map(org.netroute.dsl.netRoute.Node::getName).toList());
                peers.add(new BgpPeer(peer.getRouter().getName(), scope, location(peer)));
            }
        }
        try {
            return new Topology(cluster.getName(), location(cluster), cilium, segments, nodes, routers, firewalls, peers,
                    new PolicyBuilder(this::location).build(cluster));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), cluster);
        }
    }

    private Cilium cilium(Cluster cluster) {
        if (cluster.getCilium().isEmpty()) {
            return Cilium.defaults();
        }
        if (cluster.getCilium().size() > 1) {
            throw error("cluster " + cluster.getName() + " has more than one cilium block", cluster.getCilium().get(1));
        }
        org.netroute.dsl.netRoute.Cilium cilium = cluster.getCilium().get(0);
        RoutingMode mode = cilium.getRoutingMode() == org.netroute.dsl.netRoute.RoutingMode.NATIVE
                ? RoutingMode.NATIVE : RoutingMode.TUNNEL;
        TunnelProtocol protocol = TunnelProtocol.VXLAN;
        if (cilium.getTunnelProtocol() != null) {
            try {
                protocol = TunnelProtocol.valueOf(cilium.getTunnelProtocol().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("unknown tunnel-protocol '" + cilium.getTunnelProtocol() + "' (vxlan or geneve)", cilium);
            }
        }
        int port = positiveOr(cilium.getTunnelPort(), protocol.defaultPort());
        Optional<Prefix> nativeCidr = cilium.getNativeRoutingCidr() == null
                ? Optional.empty()
                : Optional.of(prefix(cilium.getNativeRoutingCidr(), cilium, ""));
        Encryption encryption = Boolean.TRUE.equals(cilium.getEnableWireguard()) ? Encryption.WIREGUARD
                : Boolean.TRUE.equals(cilium.getEnableIpsec()) ? Encryption.IPSEC : Encryption.NONE;
        return new Cilium(mode, protocol, port, positiveOr(cilium.getMtu(), 0), nativeCidr,
                Boolean.TRUE.equals(cilium.getAutoDirectNodeRoutes()),
                Boolean.TRUE.equals(cilium.getDirectRoutingSkipUnreachable()), encryption, location(cilium));
    }

    private static int positiveOr(Integer value, int fallback) {
        return value == null || value <= 0 ? fallback : value;
    }

    private Ipv4Address address(String text, EObject owner) {
        try {
            return Ipv4Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), owner);
        }
    }

    private Prefix prefix(String text, EObject owner, String missing) {
        if (text == null) {
            throw error(missing, owner);
        }
        try {
            return Prefix.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), owner);
        }
    }

    private static TopologyException error(String message, EObject owner) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
        if (node == null) {
            return new TopologyException(message, 0, 0);
        }
        int column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
        return new TopologyException(message, node.getStartLine(), column);
    }

    /** The file and line of a declaration; {@link SourceLocation#NONE}'s file when it has no resource. */
    SourceLocation location(EObject declaration) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(declaration);
        int line = node == null ? 0 : node.getStartLine();
        Resource resource = declaration.eResource();
        return new SourceLocation(resource == null ? "" : fileName(resource), line);
    }

    /** The file name of the last resource asked for: every declaration of a cluster shares it. */
    private String fileName(Resource resource) {
        URI uri = resource.getURI();
        if (lastUri != uri) {
            lastUri = uri;
            lastFileName = fileName(uri);
        }
        return lastFileName;
    }

    private static String fileName(URI uri) {
        return uri.isFile() ? uri.toFileString() : uri.toString();
    }
}
