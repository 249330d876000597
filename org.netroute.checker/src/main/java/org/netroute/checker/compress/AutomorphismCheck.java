package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Decides whether an {@link Involution} maps a cluster's whole configuration onto itself, so
 * that it maps every trace to the trace of the image packet. Only the records the involution
 * touches are compared (by name, by segment, and through the addresses inside its ranges), which
 * keeps one check proportional to the two parts swapped, not to the cluster.
 */
final class AutomorphismCheck {

    /** A router interface as forwarding sees it: an address on a segment (its name plays no part). */
    private record Endpoint(int address, String segment) {
    }

    /** A firewall rule as forwarding sees it (its source line plays no part). */
    private record RuleShape(String action, String protocol, int port) {
    }

    private final Topology topology;
    private final MentionIndex index;
    private final Map<String, List<String>> nodesBySegment = new HashMap<>();
    private final Map<String, List<String>> routersBySegment = new HashMap<>();
    private final Map<String, Set<Endpoint>> endpoints = new HashMap<>();
    private final Map<String, Map<Long, Route>> tables = new HashMap<>();
    private final Map<String, List<RuleShape>> rules = new HashMap<>();
    private final Set<String> everyNodePeers = new HashSet<>();
    private final Map<String, Set<String>> peeredNodes = new HashMap<>();
    private final Map<String, Set<String>> peerRouters = new HashMap<>();
    private final Map<String, Integer> podRank = new HashMap<>();
    /** With IPsec a node's CiliumInternalIP is an address forwarding uses, so a symmetry must map it. */
    private final boolean ipsec;

    AutomorphismCheck(Topology topology, MentionIndex index) {
        this.topology = topology;
        this.index = index;
        this.ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Node node : topology.nodes()) {
            for (int p = 0; p < node.pods().size(); p++) {
                podRank.put(node.pods().get(p).name(), p);
            }
            nodesBySegment.computeIfAbsent(node.segment(), s -> new ArrayList<>()).add(node.name());
        }
        for (Router router : topology.routers()) {
            Set<Endpoint> attached = new HashSet<>();
            for (Interface anInterface : router.interfaces()) {
                attached.add(new Endpoint(anInterface.address().bits(), anInterface.segment()));
                List<String> onSegment = routersBySegment.computeIfAbsent(anInterface.segment(), s -> new ArrayList<>());
                if (onSegment.isEmpty() || !onSegment.get(onSegment.size() - 1).equals(router.name())) {
                    onSegment.add(router.name());
                }
            }
            endpoints.put(router.name(), attached);
            Map<Long, Route> table = new HashMap<>();
            router.routes().forEach(route -> table.putIfAbsent(HashKeys.of(route.destination()), route));
            tables.put(router.name(), table);
        }
        for (Firewall firewall : topology.firewalls()) {
            List<RuleShape> list = rules.computeIfAbsent(firewall.device(), d -> new ArrayList<>());
            for (Rule rule : firewall.rules()) {
                list.add(new RuleShape(rule.action().name(), rule.protocol().name(),
                        rule.port().isPresent() ? rule.port().getAsInt() : -1));
            }
        }
        for (BgpPeer peer : topology.bgpPeers()) {
            peer.nodes().ifPresentOrElse(nodes -> {
                peeredNodes.computeIfAbsent(peer.router(), r -> new HashSet<>()).addAll(nodes);
                nodes.forEach(node -> peerRouters.computeIfAbsent(node, n -> new HashSet<>()).add(peer.router()));
            }, () -> everyNodePeers.add(peer.router()));
        }
    }

    Topology topology() {
        return topology;
    }

    MentionIndex index() {
        return index;
    }

    /** Whether {@code involution} is an automorphism of the configuration. */
    boolean holds(Involution involution) {
        if (!involutive(involution.devices()) || !involutive(involution.segments())
                || !involutive(involution.pods())) {
            return false;
        }
        Optional<AddressPairing> built = AddressPairing.of(involution.addresses(), index);
        if (built.isEmpty()) {
            return false;
        }
        AddressPairing addresses = built.get();
        Touched touched = new Touched();
        for (Prefix range : addresses.movedRanges()) {
            Prefix partner = addresses.partner(range);
            for (Prefix ancestor : index.ancestors(range)) {
                if (!ancestor.contains(partner)) {
                    return false;
                }
            }
            for (Mention mention : index.within(range)) {
                if (!touched.add(mention)) {
                    return false;
                }
            }
        }
        for (String device : involution.devices().keySet()) {
            if (topology.node(device).isPresent()) {
                touched.nodes.add(device);
            } else if (topology.router(device).isPresent()) {
                touched.movedRouters.add(device);
            } else {
                return false;
            }
        }
        for (String segment : involution.segments().keySet()) {
            if (topology.segment(segment) == null) {
                return false;
            }
            touched.segments.add(segment);
            touched.nodes.addAll(nodesBySegment.getOrDefault(segment, List.of()));
            for (String router : routersBySegment.getOrDefault(segment, List.of())) {
                List<Interface> interfaces = topology.router(router).get().interfaces();
                for (int i = 0; i < interfaces.size(); i++) {
                    if (interfaces.get(i).segment().equals(segment)) {
                        touched.interfaces.computeIfAbsent(router, r -> new HashSet<>()).add(i);
                    }
                }
            }
        }
        for (String pod : involution.pods().keySet()) {
            Optional<Pod> found = topology.pod(pod);
            if (found.isEmpty()) {
                return false;
            }
            touched.pods.computeIfAbsent(found.get().node(), n -> new HashSet<>()).add(podRank.get(pod));
        }
        return touched.nodes.stream().allMatch(node -> nodeMaps(node, involution, addresses))
                && touched.pods.entrySet().stream().allMatch(entry -> touched.nodes.contains(entry.getKey())
                        || podsMap(entry.getKey(), entry.getValue(), involution, addresses))
                && touched.segments.stream().allMatch(segment -> segmentMaps(segment, involution, addresses))
                && touched.movedRouters.stream().allMatch(router -> routerMaps(router, involution, addresses))
                && touched.interfaces.entrySet().stream().allMatch(entry -> touched.movedRouters.contains(entry.getKey())
                        || interfacesMap(entry.getKey(), entry.getValue(), involution, addresses))
                && touched.routes.entrySet().stream().allMatch(entry -> touched.movedRouters.contains(entry.getKey())
                        || routesMap(entry.getKey(), entry.getValue(), addresses));
    }

    private static boolean involutive(Map<String, String> map) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (!entry.getKey().equals(map.get(entry.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** The records an involution changes, found through the names and addresses it moves. */
    private static final class Touched {
        final Set<String> nodes = new HashSet<>();
        final Map<String, Set<Integer>> pods = new HashMap<>();
        final Set<String> segments = new HashSet<>();
        final Set<String> movedRouters = new HashSet<>();
        final Map<String, Set<Integer>> interfaces = new HashMap<>();
        final Map<String, Set<Integer>> routes = new HashMap<>();

        /** False for a mention no involution of devices can carry (the native-routing CIDR). */
        boolean add(Mention mention) {
            switch (mention.kind()) {
                case NODE_ADDRESS, POD_CIDR, CILIUM_INTERNAL_IP -> nodes.add(mention.owner());
                case POD_ADDRESS -> pods.computeIfAbsent(mention.owner(), n -> new HashSet<>()).add(mention.item());
                case SEGMENT_CIDR, GATEWAY -> segments.add(mention.owner());
                case INTERFACE_ADDRESS -> interfaces.computeIfAbsent(mention.owner(), r -> new HashSet<>()).add(mention.item());
                case ROUTE_PREFIX, NEXT_HOP -> routes.computeIfAbsent(mention.owner(), r -> new HashSet<>()).add(mention.item());
                case NATIVE_CIDR -> {
                    return false;
                }
            }
            return true;
        }
    }

    private boolean nodeMaps(String name, Involution involution, AddressPairing addresses) {
        Node node = topology.node(name).get();
        Optional<Node> image = topology.node(involution.device(name));
        if (image.isEmpty()) {
            return false;
        }
        Node other = image.get();
        if (addresses.map(node.address().bits()) != other.address().unsigned()
                || ipsec && addresses.map(node.ciliumInternalIp().bits()) != other.ciliumInternalIp().unsigned()
                || !involution.segment(node.segment()).equals(other.segment())
                || !addresses.map(node.podCidr()).equals(Optional.of(other.podCidr()))
                || node.pods().size() != other.pods().size()
                || !maps(peerRouters.getOrDefault(name, Set.of()), involution, peerRouters.getOrDefault(other.name(), Set.of()))
                || !rules.getOrDefault(name, List.of()).equals(rules.getOrDefault(other.name(), List.of()))) {
            return false;
        }
        for (Pod pod : node.pods()) {
            Optional<Pod> podImage = topology.pod(involution.pod(pod.name()));
            if (podImage.isEmpty() || !podImage.get().node().equals(other.name())
                    || addresses.map(pod.address().bits()) != podImage.get().address().unsigned()) {
                return false;
            }
        }
        return true;
    }

    /** A node that stays: the pods the involution touches must map to pods of its own at the image addresses. */
    private boolean podsMap(String name, Set<Integer> touched, Involution involution, AddressPairing addresses) {
        List<Pod> pods = topology.node(name).get().pods();
        for (int p : touched) {
            Pod pod = pods.get(p);
            Optional<Pod> image = topology.pod(involution.pod(pod.name()));
            if (image.isEmpty() || !image.get().node().equals(name)
                    || addresses.map(pod.address().bits()) != image.get().address().unsigned()) {
                return false;
            }
        }
        return true;
    }

    private boolean segmentMaps(String name, Involution involution, AddressPairing addresses) {
        Segment segment = topology.segment(name);
        Segment other = topology.segment(involution.segment(name));
        if (other == null || segment.mtu() != other.mtu()
                || !addresses.map(segment.cidr()).equals(Optional.of(other.cidr()))
                || segment.gateway().isPresent() != other.gateway().isPresent()) {
            return false;
        }
        return segment.gateway().isEmpty()
                || addresses.map(segment.gateway().get().bits()) == other.gateway().get().unsigned();
    }

    /** A router swapped with another: its whole interface set, table, peering and firewall must map. */
    private boolean routerMaps(String name, Involution involution, AddressPairing addresses) {
        String otherName = involution.device(name);
        if (topology.router(otherName).isEmpty() || everyNodePeers.contains(name) != everyNodePeers.contains(otherName)
                || !maps(peeredNodes.getOrDefault(name, Set.of()), involution, peeredNodes.getOrDefault(otherName, Set.of()))
                || !rules.getOrDefault(name, List.of()).equals(rules.getOrDefault(otherName, List.of()))) {
            return false;
        }
        Set<Endpoint> mine = endpoints.get(name);
        Set<Endpoint> theirs = endpoints.get(otherName);
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (Endpoint endpoint : mine) {
            long address = addresses.map(endpoint.address());
            if (address < 0 || !theirs.contains(new Endpoint((int) address, involution.segment(endpoint.segment())))) {
                return false;
            }
        }
        Map<Long, Route> table = tables.get(name);
        Map<Long, Route> otherTable = tables.get(otherName);
        if (table.size() != otherTable.size()) {
            return false;
        }
        for (Route route : table.values()) {
            if (!routeMaps(route, otherTable, addresses)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the involution maps the devices {@code mine} exactly onto {@code theirs} (BGP peerings). */
    private static boolean maps(Set<String> mine, Involution involution, Set<String> theirs) {
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (String device : mine) {
            if (!theirs.contains(involution.device(device))) {
                return false;
            }
        }
        return true;
    }

    /** A router that stays: the interfaces the involution touches must map to interfaces of its own. */
    private boolean interfacesMap(String name, Set<Integer> touched, Involution involution, AddressPairing addresses) {
        List<Interface> interfaces = topology.router(name).get().interfaces();
        Set<Endpoint> mine = endpoints.get(name);
        for (int i : touched) {
            Interface anInterface = interfaces.get(i);
            long address = addresses.map(anInterface.address().bits());
            if (address < 0 || !mine.contains(new Endpoint((int) address, involution.segment(anInterface.segment())))) {
                return false;
            }
        }
        return true;
    }

    /** A router that stays: the routes the involution touches must map to routes of its own table. */
    private boolean routesMap(String name, Set<Integer> touched, AddressPairing addresses) {
        Map<Long, Route> table = tables.get(name);
        List<Route> routes = topology.router(name).get().routes();
        for (int r : touched) {
            Route route = routes.get(r);
            if (table.get(HashKeys.of(route.destination())) == route && !routeMaps(route, table, addresses)) {
                return false;
            }
        }
        return true;
    }

    private static boolean routeMaps(Route route, Map<Long, Route> target, AddressPairing addresses) {
        Optional<Prefix> prefix = addresses.map(route.destination());
        if (prefix.isEmpty()) {
            return false;
        }
        Route image = target.get(HashKeys.of(prefix.get()));
        if (image == null || image.drop() != route.drop()) {
            return false;
        }
        if (route.drop()) {
            return true;
        }
        long hop = addresses.map(route.nextHop().get().bits());
        return hop >= 0 && hop == image.nextHop().map(Ipv4Address::unsigned).orElse(-1L);
    }
}
