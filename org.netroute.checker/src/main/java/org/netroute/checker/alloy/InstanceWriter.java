package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.policy.Direction;
import org.netroute.checker.policy.Entity;
import org.netroute.checker.policy.Identity;
import org.netroute.checker.policy.Peer;
import org.netroute.checker.policy.Policies;
import org.netroute.checker.policy.Policy;
import org.netroute.checker.policy.PolicyRule;
import org.netroute.checker.policy.PortRange;
import org.netroute.checker.policy.Probe;
import org.netroute.checker.policy.Requirement;
import org.netroute.checker.policy.Selector;
import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.PodMtu;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.RoutingMode;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.RuleAction;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Translates a {@link Topology} into an {@link AlloyInstance}: the configuration only (what the
 * file says, defaults resolved) plus the facts Alloy is weak at (which address lies in which
 * prefix, the order of prefix lengths, byte arithmetic). Never a forwarding decision: those are
 * netroute.als's to derive.
 */
public final class InstanceWriter {

    /** The probe of the reachability and no-loop properties (SEMANTICS.md). */
    static final int PROBE_BYTES = 64;

    /** Writes the instance of one cluster. */
    public AlloyInstance write(Topology topology) {
        return new Writing(topology, InstanceAddresses.of(topology)).instance();
    }

    /** Writes the instance of a compressed network, with its destination classes ({@link InstanceAddresses#of(CompressedNetwork)}). */
    public AlloyInstance write(CompressedNetwork network) {
        return new Writing(network.compressed(), InstanceAddresses.of(network)).instance();
    }

    /** The state of one translation. */
    private static final class Writing {

        private final Topology topology;
        private final InstanceAddresses classes;
        private final AtomNames names = new AtomNames();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, String> devices = new LinkedHashMap<>();
        private final Map<String, String> segments = new LinkedHashMap<>();
        private final Map<String, String> pods = new LinkedHashMap<>();
        private final Map<Ipv4Address, String> addresses = new LinkedHashMap<>();
        private final Map<Prefix, String> prefixes = new LinkedHashMap<>();
        private final Map<Integer, String> lengths = new LinkedHashMap<>();
        private final Map<Integer, String> sizes = new LinkedHashMap<>();
        private final Map<Integer, String> ports = new LinkedHashMap<>();

        Writing(Topology topology, InstanceAddresses classes) {
            this.topology = topology;
            this.classes = classes;
        }

        AlloyInstance instance() {
            text.append("// The instance of cluster ").append(topology.name())
                    .append(", written by NetRoute: the configuration only; netroute.als derives the forwarding.\n\n");
            topology.nodes().forEach(node -> devices.put(node.name(), names.fresh("n", node.name())));
            topology.routers().forEach(router -> devices.put(router.name(), names.fresh("r", router.name())));
            topology.segments().forEach(segment -> segments.put(segment.name(), names.fresh("s", segment.name())));
            topology.pods().forEach(pod -> pods.put(pod.name(), names.fresh("pod", pod.name())));
            classes.all().stream().sorted()
                    .forEach(address -> addresses.put(address, names.fresh("a", address.toString())));
            classes.prefixes().forEach(prefix -> prefixes.put(prefix, names.fresh("p", prefix.toString())));
            new TreeSet<>(prefixes.keySet().stream().map(Prefix::length).toList())
                    .forEach(length -> lengths.put(length, names.fresh("len", Integer.toString(length))));
            sizes().forEach(size -> sizes.put(size, names.fresh("b", size < 0 ? "minus" + -size : Integer.toString(size))));

            declare("Node", topology.nodes().stream().map(node -> devices.get(node.name())).toList());
            declare("Router", topology.routers().stream().map(router -> devices.get(router.name())).toList());
            declare("Segment", List.copyOf(segments.values()));
            declare("Pod", List.copyOf(pods.values()));
            declare("Address", List.copyOf(addresses.values()));
            declare("Prefix", List.copyOf(prefixes.values()));
            declare("Length", List.copyOf(lengths.values()));
            declare("Size", List.copyOf(sizes.values()));

            writeCilium();
            writeInterfaces();
            writeSegments();
            writePods();
            writeStaticRoutes();
            writeBgp();
            writeFirewalls();
            writePolicies();
            writeAddressing(classes);
            writeSizes();
            text.append('\n');
            boolean policed = topology.policies().matter();
            text.append(policed ? "reachability: check policyReachability" : "check reachability").append(" for 0 but 1 int\n");
            text.append("check noLoop for 0 but 1 int\n");
            text.append(policed ? "mtu: check policyMtu" : "check mtu").append(" for 0 but 1 int\n");
            return new AlloyInstance(topology.name(), text.toString(), devices, pods, addresses, sizes);
        }

        private void writeCilium() {
            Cilium cilium = topology.cilium();
            fun("mode: Mode", cilium.mode() == RoutingMode.TUNNEL ? "Tunnel" : "Native");
            fun("options: set Option", cilium.autoDirectNodeRoutes() ? "AutoDirectNodeRoutes" : "none");
            fun("encryption: set Encryption", switch (cilium.encryption()) {
                case NONE -> "none";
                case WIREGUARD -> "WireGuard";
                case IPSEC -> "IPsec";
            });
        }

        private void writeInterfaces() {
            List<String> atoms = new ArrayList<>();
            List<String> device = new ArrayList<>();
            List<String> address = new ArrayList<>();
            List<String> segment = new ArrayList<>();
            for (Node node : topology.nodes()) {
                String atom = names.fresh("i", node.name());
                atoms.add(atom);
                device.add(atom + "->" + devices.get(node.name()));
                address.add(atom + "->" + addresses.get(node.address()));
                segment.add(atom + "->" + segments.get(node.segment()));
            }
            for (Router router : topology.routers()) {
                for (Interface anInterface : router.interfaces()) {
                    String atom = names.fresh("i", router.name() + "_" + anInterface.name());
                    atoms.add(atom);
                    device.add(atom + "->" + devices.get(router.name()));
                    address.add(atom + "->" + addresses.get(anInterface.address()));
                    segment.add(atom + "->" + segments.get(anInterface.segment()));
                }
            }
            declare("Interface", atoms);
            relation("interfaceDevice: Interface -> Device", device);
            relation("interfaceAddress: Interface -> Address", address);
            relation("interfaceSegment: Interface -> Segment", segment);
        }

        private void writeSegments() {
            List<String> cidr = new ArrayList<>();
            List<String> mtu = new ArrayList<>();
            List<String> gateway = new ArrayList<>();
            for (Segment segment : topology.segments()) {
                String atom = segments.get(segment.name());
                cidr.add(atom + "->" + prefixes.get(segment.cidr()));
                mtu.add(atom + "->" + sizes.get(segment.mtu()));
                segment.gateway().ifPresent(address -> gateway.add(atom + "->" + addresses.get(address)));
            }
            relation("segmentCidr: Segment -> Prefix", cidr);
            relation("segmentMtu: Segment -> Size", mtu);
            relation("gateway: Segment -> Address", gateway);
        }

        private void writePods() {
            List<String> podCidr = new ArrayList<>();
            List<String> podNode = new ArrayList<>();
            List<String> podAddress = new ArrayList<>();
            List<String> ciliumInternalIp = new ArrayList<>();
            for (Node node : topology.nodes()) {
                podCidr.add(devices.get(node.name()) + "->" + prefixes.get(node.podCidr()));
                if (topology.cilium().encryption() == Encryption.IPSEC) {
                    ciliumInternalIp.add(devices.get(node.name()) + "->" + addresses.get(node.ciliumInternalIp()));
                }
                for (Pod pod : node.pods()) {
                    podNode.add(pods.get(pod.name()) + "->" + devices.get(node.name()));
                    podAddress.add(pods.get(pod.name()) + "->" + addresses.get(pod.address()));
                }
            }
            relation("podCidr: Node -> Prefix", podCidr);
            relation("podNode: Pod -> Node", podNode);
            relation("podAddress: Pod -> Address", podAddress);
            relation("ciliumInternalIp: Node -> Address", ciliumInternalIp);
        }

        private void writeStaticRoutes() {
            List<String> atoms = new ArrayList<>();
            List<String> at = new ArrayList<>();
            List<String> prefix = new ArrayList<>();
            List<String> nextHop = new ArrayList<>();
            List<String> before = new ArrayList<>();
            for (Router router : topology.routers()) {
                List<String> routerRoutes = new ArrayList<>();
                for (Route route : router.routes()) {
                    String atom = names.fresh("route", router.name() + "_" + (routerRoutes.size() + 1));
                    routerRoutes.forEach(earlier -> before.add(earlier + "->" + atom));
                    routerRoutes.add(atom);
                    at.add(atom + "->" + devices.get(router.name()));
                    prefix.add(atom + "->" + prefixes.get(route.destination()));
                    route.nextHop().ifPresent(hop -> nextHop.add(atom + "->" + addresses.get(hop)));
                }
                atoms.addAll(routerRoutes);
            }
            declare("StaticRoute", atoms);
            relation("routeAt: StaticRoute -> Router", at);
            relation("routePrefix: StaticRoute -> Prefix", prefix);
            relation("routeNextHop: StaticRoute -> Address", nextHop);
            relation("routeBefore: StaticRoute -> StaticRoute", before);
        }

        private void writeBgp() {
            List<String> sessions = new ArrayList<>();
            for (BgpPeer peer : topology.bgpPeers()) {
                String router = devices.get(peer.router());
                peer.nodes().ifPresentOrElse(
                        names -> names.forEach(node -> sessions.add(router + "->" + devices.get(node))),
                        () -> sessions.add(router + "->Node"));
            }
            relation("bgpSessions: Router -> Node", sessions);
        }

        private void writeFirewalls() {
            ports.put(topology.cilium().tunnelPort(), names.fresh("port", Integer.toString(topology.cilium().tunnelPort())));
            for (Probe probe : portProbes()) {
                ports.computeIfAbsent(probe.port(), n -> names.fresh("port", Integer.toString(n)));
            }
            boolean wireGuard = topology.cilium().encryption() == Encryption.WIREGUARD;
            if (wireGuard) {
                ports.computeIfAbsent(Encryption.WIREGUARD_PORT, n -> names.fresh("port", Integer.toString(n)));
            }
            List<String> atoms = new ArrayList<>();
            List<String> at = new ArrayList<>();
            List<String> denies = new ArrayList<>();
            List<String> protocol = new ArrayList<>();
            List<String> port = new ArrayList<>();
            List<String> before = new ArrayList<>();
            for (Map.Entry<String, String> device : devices.entrySet()) {
                List<String> deviceRules = new ArrayList<>();
                for (Firewall firewall : topology.firewallsAt(device.getKey())) {
                    for (Rule rule : firewall.rules()) {
                        String atom = names.fresh("rule", device.getKey() + "_" + (deviceRules.size() + 1));
                        deviceRules.forEach(earlier -> before.add(earlier + "->" + atom));
                        deviceRules.add(atom);
                        at.add(atom + "->" + device.getValue());
                        if (rule.action() == RuleAction.DENY) {
                            denies.add(atom);
                        }
                        protocol.add(atom + "->" + protocol(rule.protocol()));
                        if (rule.port().isPresent()) {
                            int number = rule.port().getAsInt();
                            String portAtom = ports.computeIfAbsent(number, n -> names.fresh("port", Integer.toString(n)));
                            port.add(atom + "->" + portAtom);
                        }
                    }
                }
                atoms.addAll(deviceRules);
            }
            declare("Rule", atoms);
            declare("Port", List.copyOf(ports.values()));
            relation("ruleAt: Rule -> Device", at);
            fun("ruleDenies: set Rule", Union.of(denies, "none"));
            relation("ruleProtocol: Rule -> Protocol", protocol);
            relation("rulePort: Rule -> Port", port);
            relation("ruleBefore: Rule -> Rule", before);
            fun("tunnelPort: Port", ports.get(topology.cilium().tunnelPort()));
            fun("wireguardPort: set Port", wireGuard ? ports.get(Encryption.WIREGUARD_PORT) : "none");
        }

        /** The probes to ports that policies name (the default probe is netroute.als's Probe). */
        private List<Probe> portProbes() {
            return topology.policies().probes(topology.firewallRules()).stream().filter(probe -> !probe.isDefault()).toList();
        }

        /**
         * The policy configuration: labels, namespaces, selectors (matchLabels and requirements),
         * policies and their rules, in Cilium's form; only which probe a port range holds is
         * precomputed. netroute.als decides what is allowed.
         */
        private void writePolicies() {
            Policies policies = topology.policies();
            fun("policyMode: EnforcementMode", switch (policies.mode()) {
                case DEFAULT -> "DefaultMode";
                case ALWAYS -> "AlwaysMode";
                case NEVER -> "NeverMode";
            });
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> namespaces = new LinkedHashMap<>();
            Map<Selector, String> selectors = new LinkedHashMap<>();
            List<String> podLabel = new ArrayList<>();
            List<String> podNamespace = new ArrayList<>();
            List<String> namespaceLabel = new ArrayList<>();
            for (Identity identity : policies.identities().values()) {
                String pod = pods.get(identity.pod());
                boolean first = !namespaces.containsKey(identity.namespace());
                String namespace = namespaces.computeIfAbsent(identity.namespace(), n -> names.fresh("ns", n));
                podNamespace.add(pod + "->" + namespace);
                identity.labels().entries().forEach((key, value) -> {
                    String tuple = atom(keys, "key", key) + "->" + atom(values, "value", value);
                    if (key.equals(Identity.NAMESPACE_LABEL) || key.startsWith(Identity.NAMESPACE_LABELS_PREFIX)) {
                        if (first) {
                            namespaceLabel.add(namespace + "->" + tuple);
                        }
                    } else {
                        podLabel.add(pod + "->" + tuple);
                    }
                });
            }
            List<String> policyAtoms = new ArrayList<>();
            List<String> subject = new ArrayList<>();
            List<String> direction = new ArrayList<>();
            List<String> defaultDeny = new ArrayList<>();
            List<String> ruleAtoms = new ArrayList<>();
            List<String> rulePolicy = new ArrayList<>();
            List<String> ruleDirection = new ArrayList<>();
            List<String> denyRule = new ArrayList<>();
            List<String> anyPeerRule = new ArrayList<>();
            List<String> rulePeer = new ArrayList<>();
            List<String> ruleEntity = new ArrayList<>();
            List<String> allPortsRule = new ArrayList<>();
            List<String> rangeAtoms = new ArrayList<>();
            List<String> rulePorts = new ArrayList<>();
            List<String> rangeCovers = new ArrayList<>();
            Map<Probe, String> probes = new LinkedHashMap<>();
            probes.put(Probe.DEFAULT, "Probe");
            for (Probe probe : portProbes()) {
                probes.put(probe, "probe_" + probe.protocol().keyword() + "_" + probe.port());
            }
            for (Policy policy : policies.policies()) {
                String atom = names.fresh("policy", policy.name());
                policyAtoms.add(atom);
                subject.add(atom + "->" + selector(selectors, policy.subject()));
                policy.directions().forEach(d -> direction.add(atom + "->" + direction(d)));
                policy.defaultDeny().forEach(d -> defaultDeny.add(atom + "->" + direction(d)));
                for (PolicyRule rule : policy.rules()) {
                    String ruleAtom = names.fresh("prule", policy.name() + "_" + rule.direction().word()
                            + (rule.deny() ? "Deny" : "") + "_" + rule.index());
                    ruleAtoms.add(ruleAtom);
                    rulePolicy.add(ruleAtom + "->" + atom);
                    ruleDirection.add(ruleAtom + "->" + direction(rule.direction()));
                    if (rule.deny()) {
                        denyRule.add(ruleAtom);
                    }
                    if (rule.anyPeer()) {
                        anyPeerRule.add(ruleAtom);
                    }
                    for (Peer peer : rule.peers()) {
                        if (peer instanceof Peer.Endpoints endpoints) {
                            rulePeer.add(ruleAtom + "->" + selector(selectors, endpoints.selector()));
                        } else if (peer instanceof Peer.OfEntity entity) {
                            ruleEntity.add(ruleAtom + "->" + entity(entity.entity()));
                        }
                    }
                    if (rule.ports().isEmpty()) {
                        allPortsRule.add(ruleAtom);
                    }
                    for (PortRange range : rule.ports()) {
                        String rangeAtom = names.fresh("range", ruleAtom + "_" + (rangeAtoms.size() + 1));
                        rangeAtoms.add(rangeAtom);
                        rulePorts.add(ruleAtom + "->" + rangeAtom);
                        probes.forEach((probe, probeAtom) -> {
                            if (range.covers(probe.protocol(), probe.port())) {
                                rangeCovers.add(rangeAtom + "->" + probeAtom);
                            }
                        });
                    }
                }
            }
            List<String> probeAtoms = new ArrayList<>();
            List<String> probeProtocol = new ArrayList<>();
            List<String> probePort = new ArrayList<>();
            probes.forEach((probe, atom) -> {
                if (!probe.isDefault()) {
                    probeAtoms.add(atom);
                    probeProtocol.add(atom + "->" + protocol(probe.protocol()));
                    probePort.add(atom + "->" + ports.get(probe.port()));
                }
            });
            List<String> matchLabel = new ArrayList<>();
            List<String> requirementAtoms = new ArrayList<>();
            List<String> requirement = new ArrayList<>();
            List<String> requirementKey = new ArrayList<>();
            List<String> requirementOperator = new ArrayList<>();
            List<String> requirementValue = new ArrayList<>();
            selectors.forEach((selector, atom) -> {
                selector.matchLabels().forEach((key, value) -> matchLabel.add(atom + "->" + atom(keys, "key", key) + "->"
                        + atom(values, "value", value)));
                for (Requirement written : selector.requirements()) {
                    String requirementAtom = names.fresh("req", atom + "_" + (requirementAtoms.size() + 1));
                    requirementAtoms.add(requirementAtom);
                    requirement.add(atom + "->" + requirementAtom);
                    requirementKey.add(requirementAtom + "->" + atom(keys, "key", written.key()));
                    requirementOperator.add(requirementAtom + "->" + switch (written.operator()) {
                        case IN -> "In";
                        case NOT_IN -> "NotIn";
                        case EXISTS -> "Exists";
                        case DOES_NOT_EXIST -> "DoesNotExist";
                    });
                    written.values().forEach(value -> requirementValue.add(requirementAtom + "->" + atom(values, "value", value)));
                }
            });
            declare("Key", List.copyOf(keys.values()));
            declare("Value", List.copyOf(values.values()));
            declare("Namespace", List.copyOf(namespaces.values()));
            declare("Selector", List.copyOf(selectors.values()));
            declare("Requirement", requirementAtoms);
            declare("Policy", policyAtoms);
            declare("PolicyRule", ruleAtoms);
            declare("PortRange", rangeAtoms);
            declare("PortProbe", probeAtoms);
            relation("podLabel: Pod -> Key -> Value", podLabel);
            relation("podNamespace: Pod -> Namespace", podNamespace);
            relation("namespaceLabel: Namespace -> Key -> Value", namespaceLabel);
            relation("matchLabel: Selector -> Key -> Value", matchLabel);
            relation("requirement: Selector -> Requirement", requirement);
            relation("requirementKey: Requirement -> Key", requirementKey);
            relation("requirementOperator: Requirement -> Operator", requirementOperator);
            relation("requirementValue: Requirement -> Value", requirementValue);
            relation("policySubject: Policy -> Selector", subject);
            relation("policyDirection: Policy -> Direction", direction);
            relation("policyDefaultDeny: Policy -> Direction", defaultDeny);
            relation("rulePolicy: PolicyRule -> Policy", rulePolicy);
            relation("ruleDirection: PolicyRule -> Direction", ruleDirection);
            fun("denyRule: set PolicyRule", Union.of(denyRule, "none"));
            fun("anyPeerRule: set PolicyRule", Union.of(anyPeerRule, "none"));
            relation("rulePeer: PolicyRule -> Selector", rulePeer);
            relation("ruleEntity: PolicyRule -> Entity", ruleEntity);
            fun("allPortsRule: set PolicyRule", Union.of(allPortsRule, "none"));
            relation("rulePorts: PolicyRule -> PortRange", rulePorts);
            relation("rangeCovers: PortRange -> Traffic", rangeCovers);
            relation("portProbeProtocol: PortProbe -> Protocol", probeProtocol);
            relation("portProbePort: PortProbe -> Port", probePort);
        }

        private String atom(Map<String, String> atoms, String kind, String name) {
            return atoms.computeIfAbsent(name, n -> names.fresh(kind, n));
        }

        private String selector(Map<Selector, String> selectors, Selector selector) {
            return selectors.computeIfAbsent(selector, s -> names.fresh("sel", Integer.toString(selectors.size() + 1)));
        }

        private static String direction(Direction direction) {
            return direction == Direction.INGRESS ? "Ingress" : "Egress";
        }

        private static String entity(Entity entity) {
            StringBuilder name = new StringBuilder("Entity");
            for (String part : entity.name().split("_")) {
                name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            return name.toString();
        }

        private static String protocol(Protocol protocol) {
            return switch (protocol) {
                case ANY -> "AnyProtocol";
                case TCP -> "Tcp";
                case UDP -> "Udp";
                case ICMP -> "Icmp";
                case ESP -> "Esp";
                case SCTP -> "Sctp";
            };
        }

        /** which address lies in which prefix, and the order of prefix lengths: precomputed. */
        private void writeAddressing(InstanceAddresses classes) {
            List<String> within = new ArrayList<>();
            for (Map.Entry<Prefix, String> prefix : prefixes.entrySet()) {
                if (prefix.getKey().length() == 0) {
                    within.add("Address->" + prefix.getValue());
                    continue;
                }
                List<String> inside = new ArrayList<>();
                for (Map.Entry<Ipv4Address, String> address : addresses.entrySet()) {
                    if (prefix.getKey().contains(address.getKey())) {
                        inside.add(address.getValue());
                    }
                }
                if (!inside.isEmpty()) {
                    within.add("(" + Union.of(inside, "none") + ")->" + prefix.getValue());
                }
            }
            relation("within: Address -> Prefix", within);
            List<String> length = new ArrayList<>();
            prefixes.forEach((prefix, atom) -> length.add(atom + "->" + lengths.get(prefix.length())));
            relation("prefixLength: Prefix -> Length", length);
            List<String> shorter = new ArrayList<>();
            List<Integer> ordered = List.copyOf(lengths.keySet());
            for (int i = 0; i < ordered.size(); i++) {
                List<String> longer = ordered.subList(i + 1, ordered.size()).stream().map(lengths::get).toList();
                if (!longer.isEmpty()) {
                    shorter.add(lengths.get(ordered.get(i)) + "->(" + Union.of(longer, "none") + ")");
                }
            }
            relation("shorterThan: Length -> Length", shorter);
            fun("defaultPrefix: Prefix", prefixes.get(Prefix.ANY));
        }

        /**
         * Byte arithmetic, precomputed: the order of sizes, the tunnel overhead, each encryption's
         * framing of a plaintext and pkg/mtu's constants, each between the sizes that exist.
         */
        private void writeSizes() {
            int configured = topology.cilium().mtu();
            fun("ciliumMtu: set Size", configured > 0 ? sizes.get(configured) : "none");
            fun("probeSize: Size", sizes.get(PROBE_BYTES));
            List<Integer> ordered = List.copyOf(sizes.keySet());
            List<String> atMost = new ArrayList<>();
            for (int size : ordered) {
                List<String> larger = ordered.stream().filter(other -> other >= size).map(sizes::get).toList();
                atMost.add(sizes.get(size) + "->(" + Union.of(larger, "none") + ")");
            }
            relation("atMost: Size -> Size", atMost);
            relation("plusOverhead: Size -> Size", arithmetic(size -> size + Cilium.TUNNEL_OVERHEAD));
            relation("plusWireGuard: Size -> Size", arithmetic(Encryption.WIREGUARD::wireBytes));
            relation("plusEsp: Size -> Size", arithmetic(Encryption.IPSEC::wireBytes));
            relation("plusWireguardOverhead: Size -> Size", arithmetic(size -> size + PodMtu.WIREGUARD_OVERHEAD));
            relation("plusIpsecOverhead: Size -> Size", arithmetic(size -> size + PodMtu.IPSEC_OVERHEAD));
        }

        /** size -> function(size) for every size atom whose image is a size atom too. */
        private List<String> arithmetic(IntUnaryOperator function) {
            List<String> tuples = new ArrayList<>();
            sizes.forEach((size, atom) -> {
                String image = sizes.get(function.applyAsInt(size));
                if (image != null) {
                    tuples.add(atom + "->" + image);
                }
            });
            return tuples;
        }

        /**
         * The sizes compared anywhere: the probe, segment and configured MTUs; every base minus the
         * tunnel's and the configured encryption's pkg/mtu constants, alone and together (the pod
         * MTUs and the steps to them); and every size a probe or pod MTU takes when wrapped, in
         * either order of tunnel and encryption (the outer packets and the layers inside them).
         */
        private SortedSet<Integer> sizes() {
            SortedSet<Integer> bases = new TreeSet<>();
            topology.segments().forEach(segment -> bases.add(segment.mtu()));
            if (topology.cilium().mtu() > 0) {
                bases.add(topology.cilium().mtu());
            }
            Encryption encryption = topology.cilium().encryption();
            int constant = PodMtu.overhead(encryption);
            SortedSet<Integer> senders = new TreeSet<>();
            senders.add(PROBE_BYTES);
            for (int base : bases) {
                for (int tunnel : new int[] {0, Cilium.TUNNEL_OVERHEAD}) {
                    senders.add(base - tunnel);
                    senders.add(base - tunnel - constant);
                }
            }
            SortedSet<Integer> all = new TreeSet<>(bases);
            for (int sender : senders) {
                all.add(sender);
                all.add(sender + Cilium.TUNNEL_OVERHEAD);
                all.add(encryption.wireBytes(sender));
                all.add(encryption.wireBytes(sender + Cilium.TUNNEL_OVERHEAD));
                all.add(encryption.wireBytes(sender) + Cilium.TUNNEL_OVERHEAD);
            }
            return all;
        }

        private void declare(String sig, List<String> atoms) {
            if (!atoms.isEmpty()) {
                text.append("one sig ").append(String.join(", ", atoms)).append(" extends ").append(sig).append(" {}\n");
            }
        }

        private void relation(String signature, List<String> tuples) {
            String arrow = signature.substring(signature.indexOf(':') + 1).trim();
            String empty = "none" + "->none".repeat((int) arrow.chars().filter(c -> c == '>').count());
            fun(signature, Union.of(tuples, empty));
        }

        private void fun(String signature, String body) {
            text.append("fun ").append(signature).append(" { ").append(body).append(" }\n");
        }
    }
}
