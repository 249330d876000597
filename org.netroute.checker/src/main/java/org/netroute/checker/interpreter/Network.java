package org.netroute.checker.interpreter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.RuleAction;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * A topology indexed for forwarding: devices and segments numbered, addresses mapped to their
 * owners, router tables in tries. Node tables (connected, auto-direct-node-routes, default) stay
 * implicit: with one shared segment they would hold a route per other node.
 * Devices 0..nodeCount-1 are the nodes, the rest the routers, each in file order.
 */
final class Network {

    final Topology topology;
    /** Whether nodes wrap pod traffic for other nodes' PodCIDRs: a tunnel, encryption or both. */
    final boolean wraps;
    final OuterPacket outer;
    final boolean directNodeRoutes;
    final int nodeCount;
    final int deviceCount;
    final String[] deviceNames;
    private final Map<String, Integer> deviceIndexByName = new java.util.HashMap<>();
    final Node[] nodes;
    final Router[] routers;

    final Segment[] segments;
    final int[] segmentMtu;
    /** The largest pod packet whose outer packet crosses each segment. */
    final int[] largestWrappedInner;
    final RouteEntry[] connectedRoute;
    final RouteEntry[] defaultRoute;

    final int[] nodeSegment;
    final RouteEntry[] directNodeRoute;
    final int[][] attachedSegments;
    final List<PrefixTrie<RouteEntry>> routerTables = new ArrayList<>();
    final List<List<RouteEntry>> routerEntries = new ArrayList<>();

    final Pod[] pods;
    private final AddressIndex owners;
    private final AddressIndex ownerSegments;
    private final AddressIndex podIndex;
    private final PrefixTrie<Integer> podCidrs = new PrefixTrie<>();
    /** Where the outer packet towards each node is addressed: its address, or with IPsec in native mode its CiliumInternalIP. */
    final Destination[] outerDestinations;

    /** The rule deciding a pod probe / an outer packet arriving at each device, or null (allowed, no rule). */
    final Rule[] probeRule;
    final Rule[] outerRule;
    final Map<Rule, Firewall> firewallOfRule = new IdentityHashMap<>();

    /** The transport of the pod packets this network forwards (firewall rules match it). */
    final Probe probe;

    Network(Topology topology) {
        this(topology, Probe.DEFAULT);
    }

    /** The network as it treats pod packets of this transport (a policy-aware probe). */
    Network(Topology topology, Probe probe) {
        this.topology = topology;
        this.probe = probe;
        this.wraps = topology.cilium().wrapsPodTraffic();
        this.outer = new OuterPacket(topology.cilium());
        this.directNodeRoutes = topology.cilium().installsDirectNodeRoutes();
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        this.nodes = topology.nodes().toArray(Node[]::new);
        this.routers = topology.routers().toArray(Router[]::new);
        this.nodeCount = nodes.length;
        this.deviceCount = nodes.length + routers.length;
        this.deviceNames = new String[deviceCount];
        this.segments = topology.segments().toArray(Segment[]::new);
        Map<String, Integer> segmentIndex = new java.util.HashMap<>();
        segmentMtu = new int[segments.length];
        largestWrappedInner = new int[segments.length];
        connectedRoute = new RouteEntry[segments.length];
        defaultRoute = new RouteEntry[segments.length];
        for (int s = 0; s < segments.length; s++) {
            Segment segment = segments[s];
            segmentIndex.put(segment.name(), s);
            segmentMtu[s] = segment.mtu();
            largestWrappedInner[s] = outer.largestInner(segment.mtu());
            connectedRoute[s] = new RouteEntry(segment.cidr(), RouteKind.CONNECTED, Optional.empty(),
                    Optional.of(segment.name()), segment.location());
            defaultRoute[s] = segment.gateway().map(gateway -> new RouteEntry(Prefix.ANY, RouteKind.DEFAULT,
                    Optional.of(gateway), Optional.<String>empty(), segment.location())).orElse(null);
        }
        int addressCount = nodes.length * 2 + topology.pods().size();
        for (Router router : routers) {
            addressCount += router.interfaces().size();
        }
        owners = new AddressIndex(addressCount);
        ownerSegments = new AddressIndex(addressCount);
        podIndex = new AddressIndex(topology.pods().size());
        pods = topology.pods().toArray(Pod[]::new);
        for (int p = 0; p < pods.length; p++) {
            podIndex.putIfAbsent(pods[p].address().bits(), p);
        }

        nodeSegment = new int[nodes.length];
        directNodeRoute = new RouteEntry[nodes.length];
        attachedSegments = new int[deviceCount][];
        for (int n = 0; n < nodes.length; n++) {
            Node node = nodes[n];
            deviceNames[n] = node.name();
            nodeSegment[n] = segmentIndex.get(node.segment());
            attachedSegments[n] = new int[] {nodeSegment[n]};
            owners.putIfAbsent(node.address().bits(), n);
            ownerSegments.putIfAbsent(node.address().bits(), nodeSegment[n]);
            podCidrs.put(node.podCidr(), n, (first, later) -> first);
            directNodeRoute[n] = new RouteEntry(node.podCidr(), RouteKind.DIRECT_NODE, Optional.of(node.address()),
                    Optional.empty(), topology.cilium().location());
        }
        for (int r = 0; r < routers.length; r++) {
            Router router = routers[r];
            int device = nodes.length + r;
            deviceNames[device] = router.name();
            int[] attached = new int[router.interfaces().size()];
            List<RouteEntry> entries = new ArrayList<>();
            for (int i = 0; i < attached.length; i++) {
                Interface anInterface = router.interfaces().get(i);
                attached[i] = segmentIndex.get(anInterface.segment());
                owners.putIfAbsent(anInterface.address().bits(), device);
                ownerSegments.putIfAbsent(anInterface.address().bits(), attached[i]);
                if (!entries.contains(connectedRoute[attached[i]])) {
                    entries.add(connectedRoute[attached[i]]);
                }
            }
            attachedSegments[device] = attached;
            for (Route route : router.routes()) {
                entries.add(new RouteEntry(route.destination(), route.drop() ? RouteKind.NULL : RouteKind.STATIC,
                        route.nextHop(), Optional.empty(), route.location()));
            }
            for (BgpPeer peer : topology.bgpPeers()) {
                if (peer.router().equals(router.name())) {
                    Set<String> named = peer.nodes().<Set<String>>map(HashSet::new).orElse(null);
                    for (Node node : nodes) {
                        if (named == null || named.contains(node.name())) {
                            entries.add(new RouteEntry(node.podCidr(), RouteKind.BGP, Optional.of(node.address()),
                                    Optional.empty(), peer.location()));
                        }
                    }
                }
            }
            PrefixTrie<RouteEntry> table = new PrefixTrie<>();
            for (RouteEntry entry : entries) {
                table.put(entry.prefix(), entry, (old, candidate) -> candidate.kind().rank() < old.kind().rank() ? candidate : old);
            }
            routerTables.add(table);
            routerEntries.add(Collections.unmodifiableList(entries));
        }
        if (ipsec) {
            // IPsec's ESP endpoint: the node accepts packets for its CiliumInternalIP as its own
            for (int n = 0; n < nodes.length; n++) {
                owners.putIfAbsent(nodes[n].ciliumInternalIp().bits(), n);
            }
        }
        for (int device = 0; device < deviceCount; device++) {
            deviceIndexByName.put(deviceNames[device], device);
        }
        outerDestinations = new Destination[nodes.length];
        for (int n = 0; n < nodes.length; n++) {
            outerDestinations[n] = destination(outer.destination(nodes[n]).bits());
        }

        probeRule = new Rule[deviceCount];
        outerRule = new Rule[deviceCount];
        for (int device = 0; device < deviceCount; device++) {
            List<Rule> rules = new ArrayList<>();
            for (Firewall firewall : topology.firewallsAt(deviceNames[device])) {
                for (Rule rule : firewall.rules()) {
                    rules.add(rule);
                    firewallOfRule.put(rule, firewall);
                }
            }
            probeRule[device] = firstMatch(rules, probe.protocol(), probe.port());
            outerRule[device] = wraps ? firstMatch(rules, outer.protocol(), outer.port()) : null;
        }
    }

    private static Rule firstMatch(List<Rule> rules, Protocol protocol, int port) {
        return rules.stream().filter(rule -> rule.matches(protocol, port)).findFirst().orElse(null);
    }

    /** Whether the firewall at {@code device} denies a packet arriving on the wire (an outer packet or not). */
    boolean denies(int device, boolean wrapped) {
        Rule rule = wrapped ? outerRule[device] : probeRule[device];
        return rule != null && rule.action() == RuleAction.DENY;
    }

    boolean hasFirewall(int device) {
        return probeRule[device] != null || outerRule[device] != null;
    }

    /** The size on the wire of a packet of {@code size} inner bytes, wrapped or not. */
    int wireBytes(int size, boolean wrapped) {
        return wrapped ? outer.bytes(size) : size;
    }

    boolean isNode(int device) {
        return device < nodeCount;
    }

    Destination destination(int address) {
        Integer podNode = podCidrs.longestMatch(address);
        return new Destination(address, owners.get(address), ownerSegments.get(address),
                podNode == null ? -1 : podNode, podIndex.get(address));
    }

    /** The device owning {@code address} (a node or interface address), or -1. */
    int owner(int address) {
        return owners.get(address);
    }

    int ownerSegment(int address) {
        return ownerSegments.get(address);
    }

    /** Longest-prefix match of {@code device}'s routing table on a wire destination; null = no route. */
    RouteEntry lookup(int device, Destination wire) {
        if (device >= nodeCount) {
            return routerTables.get(device - nodeCount).longestMatch(wire.address());
        }
        int segment = nodeSegment[device];
        RouteEntry best = null;
        int bestLength = -1;
        if (segments[segment].cidr().contains(wire.address())) {
            best = connectedRoute[segment];
            bestLength = segments[segment].cidr().length();
        }
        int podNode = wire.podNode();
        if (directNodeRoutes && podNode >= 0 && podNode != device && nodeSegment[podNode] == segment
                && nodes[podNode].podCidr().length() > bestLength) {
            best = directNodeRoute[podNode];
            bestLength = nodes[podNode].podCidr().length();
        }
        if (bestLength < 0 && defaultRoute[segment] != null) {
            best = defaultRoute[segment];
        }
        return best;
    }

    /** The attached segment a connected route of {@code device} delivers on. */
    int connectedSegment(int device, RouteEntry route) {
        for (int segment : attachedSegments[device]) {
            if (connectedRoute[segment] == route) {
                return segment;
            }
        }
        return -1;
    }

    /** The first segment {@code device} is attached to whose CIDR contains {@code address}, or -1. */
    int attachedSegmentContaining(int device, int address) {
        for (int segment : attachedSegments[device]) {
            if (segments[segment].cidr().contains(address)) {
                return segment;
            }
        }
        return -1;
    }

    /** Every route installed on {@code device}, in installation order (the implicit node tables made explicit). */
    List<RouteEntry> routes(int device) {
        if (device >= nodeCount) {
            return routerEntries.get(device - nodeCount);
        }
        int segment = nodeSegment[device];
        List<RouteEntry> routes = new ArrayList<>();
        routes.add(connectedRoute[segment]);
        if (directNodeRoutes) {
            for (int other = 0; other < nodeCount; other++) {
                if (other != device && nodeSegment[other] == segment) {
                    routes.add(directNodeRoute[other]);
                }
            }
        }
        if (defaultRoute[segment] != null) {
            routes.add(defaultRoute[segment]);
        }
        return routes;
    }

    /** The index of the named device, or -1. */
    int deviceIndex(String name) {
        return deviceIndexByName.getOrDefault(name, -1);
    }

    static String format(int address) {
        return Ipv4Address.format(address);
    }
}
