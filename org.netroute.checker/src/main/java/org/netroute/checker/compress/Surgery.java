package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Cuts removed elements out of a topology, keeping every other record as it is (real names,
 * addresses, locations). Routes whose prefix lies wholly in removed territory go with them;
 * router interfaces on removed segments too. The result is returned only if it is closed under
 * reference: no kept record names a removed address (a next hop, a gateway), so forwarding
 * from kept devices towards kept destinations never leaves the kept part (docs/COMPRESSION.md).
 */
final class Surgery {

    private Surgery() {
    }

    static Optional<Topology> apply(Topology topology, Reduction reduction) {
        Set<String> removed = reduction.removed();
        Territory territory = territory(topology, reduction);
        List<Segment> segments = new ArrayList<>();
        for (Segment segment : topology.segments()) {
            if (!removed.contains(segment.name())) {
                if (territory.covers(segment.cidr())
                        || segment.gateway().filter(gateway -> territory.coversAddress(gateway.bits())).isPresent()) {
                    return Optional.empty();
                }
                segments.add(segment);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            if (removed.contains(node.name())) {
                continue;
            }
            if (removed.contains(node.segment()) || territory.coversAddress(node.address().bits())
                    || territory.covers(node.podCidr())) {
                return Optional.empty();
            }
            List<Pod> pods = node.pods().stream().filter(pod -> !removed.contains(pod.name())).toList();
            nodes.add(pods.size() == node.pods().size() ? node
                    : new Node(node.name(), node.address(), node.segment(), node.podCidr(), pods,
                            node.ciliumInternalIp(), node.location()));
        }
        List<Router> routers = new ArrayList<>();
        for (Router router : topology.routers()) {
            if (removed.contains(router.name())) {
                continue;
            }
            List<Interface> interfaces = router.interfaces().stream()
                    .filter(anInterface -> !removed.contains(anInterface.segment())).toList();
            List<Route> routes = router.routes().stream().filter(route -> !territory.covers(route.destination())).toList();
            if (interfaces.isEmpty() || routes.stream().anyMatch(route -> route.nextHop()
                    .filter(hop -> territory.coversAddress(hop.bits())).isPresent())) {
                return Optional.empty();
            }
            boolean same = interfaces.size() == router.interfaces().size() && routes.size() == router.routes().size();
            routers.add(same ? router : new Router(router.name(), interfaces, routes, router.location()));
        }
        if (topology.cilium().nativeRoutingCidr().filter(territory::covers).isPresent()) {
            return Optional.empty();
        }
        List<Firewall> firewalls = topology.firewalls().stream().filter(f -> !removed.contains(f.device())).toList();
        List<BgpPeer> peers = topology.bgpPeers().stream().filter(p -> !removed.contains(p.router()))
                .map(p -> p.nodes().isEmpty() ? p : new BgpPeer(p.router(),
                        p.nodes().map(names -> names.stream().filter(node -> !removed.contains(node)).toList()),
                        p.location()))
                .toList();
        return Optional.of(new Topology(topology.name(), topology.location(), topology.cilium(), segments, nodes,
                routers, firewalls, peers));
    }

    /**
     * The addresses and prefixes of everything removed, including kept routers' interfaces on removed
     * segments and the ranges the removed twins' swaps moved (a rack's aggregate route prefix).
     */
    private static Territory territory(Topology topology, Reduction reduction) {
        Set<String> removed = reduction.removed();
        Territory territory = new Territory();
        reduction.territory().forEach(territory::add);
        for (Segment segment : topology.segments()) {
            if (removed.contains(segment.name())) {
                territory.add(segment.cidr());
            }
        }
        for (Node node : topology.nodes()) {
            if (removed.contains(node.name())) {
                territory.addAddress(node.address().bits());
                territory.add(node.podCidr());
            }
            for (Pod pod : node.pods()) {
                if (removed.contains(pod.name())) {
                    territory.addAddress(pod.address().bits());
                }
            }
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                if (removed.contains(router.name()) || removed.contains(anInterface.segment())) {
                    territory.addAddress(anInterface.address().bits());
                }
            }
        }
        return territory;
    }
}
