package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.netroute.checker.topology.CiliumInternalIp;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Topology;
import org.netroute.tests.generate.RandomTopologies;

/**
 * The random clusters of the differential tests reach the configurations that matter: a test
 * that never generates a second firewall or a route into the underlay cannot find where the two
 * engines disagree about them.
 */
class RandomTopologiesCoverageTest {

    private static final Prefix POD_SPACE = Prefix.parse("10.0.0.0/16");

    @Test
    void theCampaignSeedsCoverEveryKindOfConfiguration() {
        List<Topology> clusters = new ArrayList<>();
        for (long seed = 1; seed <= 400; seed++) {
            clusters.add(RandomTopologies.generate(seed));
        }
        expect(clusters, "several firewalls", t -> t.firewalls().size() >= 2);
        expect(clusters, "a tunnel port other than the protocol's default",
                t -> t.cilium().tunnel() && t.cilium().tunnelPort() != t.cilium().tunnelProtocol().defaultPort());
        expect(clusters, "a static route to an underlay prefix", t -> t.routers().stream()
                .flatMap(r -> r.routes().stream()).anyMatch(route -> !route.drop() && route.destination().length() > 0
                        && !POD_SPACE.contains(route.destination()) && !route.destination().contains(POD_SPACE)));
        expect(clusters, "a route to one node's address", t -> t.routers().stream().flatMap(r -> r.routes().stream())
                .anyMatch(route -> route.destination().length() == 32));
        expect(clusters, "a BGP peering of some nodes only",
                t -> t.bgpPeers().stream().anyMatch(peer -> peer.nodes().isPresent()));
        expect(clusters, "a BGP peering of every node",
                t -> t.bgpPeers().stream().anyMatch(peer -> peer.nodes().isEmpty()));
        for (Encryption encryption : Encryption.values()) {
            for (boolean tunnel : new boolean[] {true, false}) {
                expect(clusters, encryption + (tunnel ? " in tunnel mode" : " in native mode"),
                        t -> t.cilium().encryption() == encryption && t.cilium().tunnel() == tunnel);
            }
        }
        expect(clusters, "an esp rule", t -> t.firewalls().stream().flatMap(f -> f.rules().stream())
                .anyMatch(rule -> rule.protocol() == Protocol.ESP));
        expect(clusters, "a rule naming WireGuard's port", t -> t.firewalls().stream().flatMap(f -> f.rules().stream())
                .anyMatch(rule -> rule.port().equals(OptionalInt.of(Encryption.WIREGUARD_PORT))));
        expect(clusters, "a stated CiliumInternalIP under IPsec", t -> t.cilium().encryption() == Encryption.IPSEC
                && t.nodes().stream().anyMatch(node -> !node.ciliumInternalIp()
                        .equals(CiliumInternalIp.standIn(node.podCidr(), node.pods()))));
        expect(clusters, "a host route to a CiliumInternalIP under IPsec", t -> t.cilium().encryption() == Encryption.IPSEC
                && t.routers().stream().flatMap(r -> r.routes().stream()).anyMatch(route -> t.nodes().stream()
                        .anyMatch(node -> route.destination().equals(new Prefix(node.ciliumInternalIp().bits(), 32)))));
    }

    private static void expect(List<Topology> clusters, String what, Predicate<Topology> feature) {
        long count = clusters.stream().filter(feature).count();
        assertTrue(count >= 5, "only " + count + " of " + clusters.size() + " random clusters have " + what);
    }
}
