package org.netroute.tests.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.CiliumInternalIp;
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
import org.netroute.checker.topology.RoutingMode;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.RuleAction;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TunnelProtocol;

/**
 * Small random clusters that still pass validation, for differential tests between engines and
 * between the sweep and single traces: both routing modes, several segments with mixed MTUs,
 * routers with static, null and looping routes (to pod and to underlay prefixes), a default or
 * another tunnel port, up to three firewalls, BGP peers for every node or for some, and in half of
 * them transparent encryption (WireGuard or IPsec, with esp rules, WireGuard's port in rules,
 * stated CiliumInternalIPs and host routes to them). The same seed gives the same cluster.
 * Addressing: segment {@code s} is 192.168.s.0/24 (routers .1-.9, nodes .10+), node {@code n}
 * owns 10.0.n.0/24 with pods at .10+ and, when stated, its CiliumInternalIP at .200.
 */
public final class RandomTopologies {

    private static final int[] MTUS = {1400, 1450, 1500, 9000};

    /** The protocols of the clusters generated before encryption; esp comes from its own draws. */
    private static final Protocol[] RULE_PROTOCOLS = {Protocol.ANY, Protocol.TCP, Protocol.UDP, Protocol.ICMP};

    /** Mixed into the seed for the encryption draws, so that the rest of each cluster stays as it was. */
    private static final long ENCRYPTION_DRAWS = 0x6A09E667F3BCC908L;

    private RandomTopologies() {
    }

    /** A random cluster named {@code random<seed>}. */
    public static Topology generate(long seed) {
        // java.util.Random's first draws for neighbouring seeds are alike (its first nextBoolean is
        // true for every seed 1..400, which made every campaign cluster a tunnel one): mix the seed first
        Random random = new Random(new SplittableRandom(seed).nextLong());
        Random encryptionDraws = new Random(new SplittableRandom(seed ^ ENCRYPTION_DRAWS).nextLong());
        Encryption encryption = switch (encryptionDraws.nextInt(4)) {
            case 2 -> Encryption.WIREGUARD;
            case 3 -> Encryption.IPSEC;
            default -> Encryption.NONE;
        };
        boolean tunnel = random.nextBoolean();
        boolean directNodeRoutes = !tunnel && random.nextBoolean();
        TunnelProtocol protocol = random.nextBoolean() ? TunnelProtocol.VXLAN : TunnelProtocol.GENEVE;
        int configuredMtu = random.nextInt(4) == 0 ? MTUS[random.nextInt(MTUS.length)] : 0;
        int tunnelPort = random.nextInt(4) == 0 ? 4789 : protocol.defaultPort();
        Cilium cilium = new Cilium(tunnel ? RoutingMode.TUNNEL : RoutingMode.NATIVE, protocol, tunnelPort,
                configuredMtu, tunnel ? Optional.empty() : Optional.of(Prefix.parse("10.0.0.0/16")), directNodeRoutes,
                false, encryption, SourceLocation.NONE);

        int segmentCount = 1 + random.nextInt(3);
        int routerCount = random.nextInt(3);
        int nodeCount = 2 + random.nextInt(4);

        List<List<Interface>> interfaces = new ArrayList<>();
        List<Integer> attachedSegment = new ArrayList<>();
        List<Ipv4Address> candidateHops = new ArrayList<>();
        for (int r = 0; r < routerCount; r++) {
            List<Interface> routerInterfaces = new ArrayList<>();
            int count = 1 + random.nextInt(segmentCount);
            for (int i = 0; i < count; i++) {
                int segment = 1 + (r + i) % segmentCount;
                if (routerInterfaces.stream().anyMatch(existing -> existing.segment().equals("s" + segment))) {
                    continue;
                }
                Ipv4Address address = Ipv4Address.parse("192.168." + segment + "." + (r + 1));
                routerInterfaces.add(new Interface("eth" + i, address, "s" + segment, SourceLocation.NONE));
                candidateHops.add(address);
            }
            interfaces.add(routerInterfaces);
        }
        List<Segment> segments = new ArrayList<>();
        for (int s = 1; s <= segmentCount; s++) {
            String name = "s" + s;
            Optional<Ipv4Address> gateway = Optional.empty();
            List<Ipv4Address> routerAddresses = interfaces.stream().flatMap(List::stream)
                    .filter(i -> i.segment().equals(name)).map(Interface::address).toList();
            int choice = random.nextInt(5);
            if (choice < 3 && !routerAddresses.isEmpty()) {
                gateway = Optional.of(routerAddresses.get(random.nextInt(routerAddresses.size())));
            } else if (choice == 3) {
                gateway = Optional.of(Ipv4Address.parse("192.168." + s + ".250"));
            }
            segments.add(new Segment(name, Prefix.parse("192.168." + s + ".0/24"), MTUS[random.nextInt(MTUS.length)],
                    gateway, SourceLocation.NONE));
        }
        List<Node> nodes = new ArrayList<>();
        for (int n = 1; n <= nodeCount; n++) {
            int segment = 1 + random.nextInt(segmentCount);
            attachedSegment.add(segment);
            Ipv4Address address = Ipv4Address.parse("192.168." + segment + "." + (10 + n));
            candidateHops.add(address);
            List<Pod> pods = new ArrayList<>();
            int podCount = random.nextInt(4);
            for (int p = 0; p < podCount; p++) {
                pods.add(new Pod("pod" + n + "-" + p, Ipv4Address.parse("10.0." + n + "." + (10 + p)), "n" + n,
                        SourceLocation.NONE));
            }
            Prefix podCidr = Prefix.parse("10.0." + n + ".0/24");
            Ipv4Address ciliumInternalIp = encryption == Encryption.IPSEC && encryptionDraws.nextInt(3) == 0
                    ? Ipv4Address.parse("10.0." + n + ".200") : CiliumInternalIp.standIn(podCidr, pods);
            nodes.add(new Node("n" + n, address, "s" + segment, podCidr, pods, ciliumInternalIp, SourceLocation.NONE));
        }
        candidateHops.add(Ipv4Address.parse("192.168.1.99"));

        List<Router> routers = new ArrayList<>();
        for (int r = 0; r < routerCount; r++) {
            List<Route> routes = new ArrayList<>();
            java.util.Set<Prefix> routed = new java.util.HashSet<>();
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Prefix destination = switch (random.nextInt(8)) {
                    case 0 -> Prefix.ANY;
                    case 1 -> Prefix.parse("10.0.0.0/16");
                    case 2 -> Prefix.parse("10.0." + (1 + random.nextInt(nodeCount)) + ".0/25");
                    case 3 -> Prefix.parse("192.168." + (1 + random.nextInt(segmentCount)) + ".0/24");
                    case 4 -> Prefix.parse(nodes.get(random.nextInt(nodeCount)).address() + "/32");
                    case 5 -> Prefix.parse("192.168.0.0/16");
                    default -> Prefix.parse("10.0." + (1 + random.nextInt(nodeCount)) + ".0/24");
                };
                Optional<Ipv4Address> nextHop = random.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(candidateHops.get(random.nextInt(candidateHops.size())));
                if (routed.add(destination)) {
                    routes.add(new Route(destination, nextHop, SourceLocation.NONE));
                }
            }
            if (encryption == Encryption.IPSEC && encryptionDraws.nextInt(4) == 0) {
                Prefix hostRoute = new Prefix(nodes.get(encryptionDraws.nextInt(nodeCount)).ciliumInternalIp().bits(), 32);
                Optional<Ipv4Address> nextHop = encryptionDraws.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(candidateHops.get(encryptionDraws.nextInt(candidateHops.size())));
                if (routed.add(hostRoute)) {
                    routes.add(new Route(hostRoute, nextHop, SourceLocation.NONE));
                }
            }
            routers.add(new Router("r" + (r + 1), interfaces.get(r), routes, SourceLocation.NONE));
        }
        List<Firewall> firewalls = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        nodes.forEach(node -> devices.add(node.name()));
        routers.forEach(router -> devices.add(router.name()));
        int firewallCount = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        for (int f = 1; f <= firewallCount; f++) {
            List<Rule> rules = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                Protocol protocol1 = RULE_PROTOCOLS[random.nextInt(RULE_PROTOCOLS.length)];
                OptionalInt port = random.nextBoolean() ? OptionalInt.empty()
                        : OptionalInt.of(switch (random.nextInt(3)) {
                            case 0 -> tunnelPort;
                            case 1 -> protocol.defaultPort();
                            default -> 443;
                        });
                if (encryption.encrypts()) {
                    int draw = encryptionDraws.nextInt(6);
                    if (draw < 2) {
                        protocol1 = Protocol.ESP;
                        port = OptionalInt.empty();
                    } else if (draw == 2 && port.isPresent()) {
                        port = OptionalInt.of(Encryption.WIREGUARD_PORT);
                    }
                }
                rules.add(new Rule(random.nextBoolean() ? RuleAction.ALLOW : RuleAction.DENY, protocol1, port,
                        SourceLocation.NONE));
            }
            firewalls.add(new Firewall("fw" + f, devices.get(random.nextInt(devices.size())), rules, SourceLocation.NONE));
        }
        List<BgpPeer> peers = new ArrayList<>();
        for (Router router : routers) {
            if (!tunnel && random.nextBoolean()) {
                List<String> scope = nodes.stream().map(Node::name).filter(name -> random.nextInt(3) > 0).toList();
                peers.add(random.nextBoolean() || scope.isEmpty() ? new BgpPeer(router.name(), SourceLocation.NONE)
                        : new BgpPeer(router.name(), Optional.of(scope), SourceLocation.NONE));
            }
        }
        return new Topology("random" + seed, SourceLocation.NONE, cilium, segments, nodes, routers, firewalls, peers);
    }
}
