package org.netroute.checker.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.dsl.netRoute.CiliumPolicy;
import org.netroute.dsl.netRoute.CiliumRule;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Label;
import org.netroute.dsl.netRoute.MatchExpression;
import org.netroute.dsl.netRoute.Namespace;
import org.netroute.dsl.netRoute.NetworkPolicy;
import org.netroute.dsl.netRoute.NetworkPolicyPeer;
import org.netroute.dsl.netRoute.NetworkPolicyRule;
import org.netroute.dsl.netRoute.PolicyPort;
import org.netroute.dsl.netRoute.ToPorts;

/**
 * Reads a validated cluster's namespaces, pod labels and policies into {@link Policies}, as Cilium
 * reads them: a NetworkPolicy's podSelector and namespaceSelector become selectors over identity
 * labels (the namespace's labels under {@code io.cilium.k8s.namespace.labels.}), a namespaced
 * policy's selectors without a namespace label get the policy's namespace, and every default is
 * resolved (docs/SEMANTICS.md, "Policy"). Called by the TopologyBuilder, the one reader of EMF.
 */
public final class PolicyBuilder {

    private final Function<EObject, SourceLocation> locations;

    /** @param locations where each declaration is written */
    public PolicyBuilder(Function<EObject, SourceLocation> locations) {
        this.locations = locations;
    }

    public Policies build(Cluster cluster) {
        PolicyMode mode = cluster.getCilium().isEmpty() ? PolicyMode.DEFAULT
                : PolicyMode.of(cluster.getCilium().get(0).getEnablePolicy());
        Map<String, Map<String, String>> namespaceLabels = new LinkedHashMap<>();
        for (Namespace namespace : cluster.getNamespaces()) {
            namespaceLabels.putIfAbsent(namespace.getName(), labels(namespace.getLabels() == null ? List.of()
                    : namespace.getLabels().getEntries()));
        }
        Map<String, Identity> identities = new LinkedHashMap<>();
        for (org.netroute.dsl.netRoute.Node node : cluster.getNodes()) {
            for (org.netroute.dsl.netRoute.Pod pod : node.getPods()) {
                String namespace = namespaceOf(pod.getName());
                Map<String, String> labels = new TreeMap<>(labels(pod.getLabels() == null ? List.of()
                        : pod.getLabels().getEntries()));
                labels.put(Identity.NAMESPACE_LABEL, namespace);
                Map<String, String> ofNamespace = new TreeMap<>(namespaceLabels.getOrDefault(namespace, Map.of()));
                ofNamespace.put(Identity.METADATA_NAME, namespace);
                ofNamespace.forEach((key, value) -> labels.put(Identity.NAMESPACE_LABELS_PREFIX + key, value));
                identities.put(pod.getName(), new Identity(pod.getName(), namespace, Labels.of(labels)));
            }
        }
        List<Policy> policies = new ArrayList<>();
        cluster.getNetworkPolicies().forEach(policy -> policies.add(networkPolicy(policy)));
        cluster.getCiliumPolicies().forEach(policy -> policies.add(ciliumPolicy(policy)));
        policies.sort(java.util.Comparator.comparingInt(policy -> policy.location().line()));
        return new Policies(mode, identities, policies);
    }

    /** The namespace of namespace/name; default without one. */
    public static String namespaceOf(String qualifiedName) {
        int slash = qualifiedName.indexOf('/');
        return slash < 0 ? "default" : qualifiedName.substring(0, slash);
    }

    private static String qualified(String name) {
        return name.indexOf('/') < 0 ? "default/" + name : name;
    }

    private Policy networkPolicy(NetworkPolicy policy) {
        String namespace = namespaceOf(policy.getName());
        String name = PolicyKind.NETWORK_POLICY.kind() + " " + qualified(policy.getName());
        Selector subject = inNamespace(selector(policy.getPodSelector(), ""), namespace);
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        if (policy.getPolicyTypes().isEmpty()) {
            directions.add(Direction.INGRESS);
            if (!policy.getEgress().isEmpty()) {
                directions.add(Direction.EGRESS);
            }
        } else {
            policy.getPolicyTypes().forEach(type -> directions.add(Direction.valueOf(type.toUpperCase(java.util.Locale.ROOT))));
        }
        List<PolicyRule> rules = new ArrayList<>();
        if (directions.contains(Direction.INGRESS)) {
            addNetworkPolicyRules(rules, name, namespace, Direction.INGRESS, policy.getIngress());
        }
        if (directions.contains(Direction.EGRESS)) {
            addNetworkPolicyRules(rules, name, namespace, Direction.EGRESS, policy.getEgress());
        }
        return new Policy(PolicyKind.NETWORK_POLICY, name, subject, directions, directions, rules, locations.apply(policy));
    }

    private void addNetworkPolicyRules(List<PolicyRule> rules, String name, String namespace, Direction direction,
            List<NetworkPolicyRule> written) {
        int index = 1;
        for (NetworkPolicyRule rule : written) {
            List<Peer> peers = new ArrayList<>();
            for (NetworkPolicyPeer peer : rule.getPeers()) {
                if (peer.getIpBlock() != null) {
                    peers.add(new Peer.Cidr(Prefix.parse(peer.getIpBlock().getCidr()),
                            peer.getIpBlock().getExcept().stream().map(Prefix::parse).toList()));
                    continue;
                }
                Selector pods = peer.getPodSelector() == null ? Selector.ALL : selector(peer.getPodSelector(), "");
                Selector selector = peer.getNamespaceSelector() == null ? inNamespace(pods, namespace)
                        : both(pods, selector(peer.getNamespaceSelector(), Identity.NAMESPACE_LABELS_PREFIX));
                peers.add(new Peer.Endpoints(selector));
            }
            rules.add(new PolicyRule(name, direction, false, rule.getPeers().isEmpty(), peers,
                    ports(rule.getPorts(), PolicyProtocol.TCP), index++, locations.apply(rule)));
        }
    }

    private Policy ciliumPolicy(CiliumPolicy policy) {
        PolicyKind kind = policy.isClusterwide() ? PolicyKind.CILIUM_CLUSTERWIDE_NETWORK_POLICY
                : PolicyKind.CILIUM_NETWORK_POLICY;
        Optional<String> namespace = policy.isClusterwide() ? Optional.empty()
                : Optional.of(namespaceOf(policy.getName()));
        String name = kind.kind() + " " + (policy.isClusterwide() ? policy.getName() : qualified(policy.getName()));
        Selector subject = selector(policy.getEndpointSelector(), "");
        if (namespace.isPresent()) {
            // Cilium replaces a namespaced policy's namespace label by the policy's own
            TreeMap<String, String> labels = new TreeMap<>(subject.matchLabels());
            labels.put(Identity.NAMESPACE_LABEL, namespace.get());
            subject = new Selector(labels, subject.requirements());
        }
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        if (!policy.getIngress().isEmpty() || !policy.getIngressDeny().isEmpty()) {
            directions.add(Direction.INGRESS);
        }
        if (!policy.getEgress().isEmpty() || !policy.getEgressDeny().isEmpty()) {
            directions.add(Direction.EGRESS);
        }
        Set<Direction> defaultDeny = EnumSet.noneOf(Direction.class);
        for (Direction direction : directions) {
            Boolean asked = policy.getEnableDefaultDeny() == null ? null : direction == Direction.INGRESS
                    ? policy.getEnableDefaultDeny().getIngress() : policy.getEnableDefaultDeny().getEgress();
            if (asked == null || asked) {
                defaultDeny.add(direction);
            }
        }
        List<PolicyRule> rules = new ArrayList<>();
        addCiliumRules(rules, name, namespace, Direction.INGRESS, false, policy.getIngress());
        addCiliumRules(rules, name, namespace, Direction.INGRESS, true, policy.getIngressDeny());
        addCiliumRules(rules, name, namespace, Direction.EGRESS, false, policy.getEgress());
        addCiliumRules(rules, name, namespace, Direction.EGRESS, true, policy.getEgressDeny());
        return new Policy(kind, name, subject, directions, defaultDeny, rules, locations.apply(policy));
    }

    private void addCiliumRules(List<PolicyRule> rules, String name, Optional<String> namespace, Direction direction,
            boolean deny, List<CiliumRule> written) {
        int index = 1;
        for (CiliumRule rule : written) {
            List<Peer> peers = new ArrayList<>();
            for (org.netroute.dsl.netRoute.Selector endpoints : rule.getEndpoints()) {
                Selector selector = selector(endpoints, "");
                peers.add(new Peer.Endpoints(namespace.map(own -> inNamespace(selector, own)).orElse(selector)));
            }
            rule.getEntities().forEach(entity -> peers.add(new Peer.OfEntity(Entity.of(entity))));
            rule.getCidrs().forEach(cidr -> peers.add(new Peer.Cidr(Prefix.parse(cidr), List.of())));
            rule.getFqdns().forEach(fqdn -> peers.add(new Peer.Fqdn()));
            List<PolicyPort> writtenPorts = rule.getToPorts().stream().flatMap((ToPorts toPorts) -> toPorts.getPorts().stream())
                    .toList();
            List<PortRange> ports = ports(writtenPorts, PolicyProtocol.ANY);
            rules.add(new PolicyRule(name, direction, deny, peers.isEmpty() && !ports.isEmpty(), peers, ports, index++,
                    locations.apply(rule)));
        }
    }

    private static List<PortRange> ports(List<PolicyPort> written, PolicyProtocol defaultProtocol) {
        List<PortRange> ports = new ArrayList<>();
        for (PolicyPort port : written) {
            PolicyProtocol protocol = port.getProtocol() == null ? defaultProtocol : PolicyProtocol.valueOf(port.getProtocol());
            if (port.getNamedPort() != null) {
                ports.add(new PortRange(protocol, 0, 0, Optional.of(port.getNamedPort())));
            } else if (port.getPort() == null || port.getPort() == 0) {
                ports.add(new PortRange(protocol, 0, PortRange.MAX_PORT, Optional.empty()));
            } else {
                int end = port.getEndPort() == null ? port.getPort() : port.getEndPort();
                ports.add(new PortRange(protocol, port.getPort(), end, Optional.empty()));
            }
        }
        return ports;
    }

    /** A written selector over labels whose keys get {@code prefix} (a namespaceSelector's), Cilium's k8s: source dropped. */
    private static Selector selector(org.netroute.dsl.netRoute.Selector written, String prefix) {
        if (written == null) {
            return Selector.ALL;
        }
        TreeMap<String, String> matchLabels = new TreeMap<>();
        for (Label label : written.getMatchLabels()) {
            matchLabels.put(prefix + plainKey(label.getKey()), label.getValue());
        }
        List<Requirement> requirements = new ArrayList<>();
        for (MatchExpression expression : written.getMatchExpressions()) {
            requirements.add(new Requirement(prefix + plainKey(expression.getKey()), Operator.of(expression.getOperator()),
                    expression.getValues()));
        }
        return new Selector(matchLabels, requirements);
    }

    /** The selector limited to a namespace, unless it names a namespace itself (the cross-namespace form). */
    private static Selector inNamespace(Selector selector, String namespace) {
        boolean namesNamespace = selector.matchLabels().containsKey(Identity.NAMESPACE_LABEL)
                || selector.requirements().stream().anyMatch(r -> r.key().equals(Identity.NAMESPACE_LABEL));
        if (namesNamespace) {
            return selector;
        }
        TreeMap<String, String> labels = new TreeMap<>(selector.matchLabels());
        labels.put(Identity.NAMESPACE_LABEL, namespace);
        return new Selector(labels, selector.requirements());
    }

    /** Both selectors at once: a podSelector and namespaceSelector in one peer. */
    private static Selector both(Selector pods, Selector namespaces) {
        TreeMap<String, String> labels = new TreeMap<>(pods.matchLabels());
        labels.putAll(namespaces.matchLabels());
        List<Requirement> requirements = new ArrayList<>(pods.requirements());
        requirements.addAll(namespaces.requirements());
        return new Selector(labels, requirements);
    }

    private static String plainKey(String key) {
        for (String source : new String[] {"k8s:", "any:"}) {
            if (key.startsWith(source)) {
                return key.substring(source.length());
            }
        }
        return key;
    }

    private static Map<String, String> labels(List<Label> labels) {
        Map<String, String> map = new LinkedHashMap<>();
        labels.forEach(label -> map.put(label.getKey(), label.getValue()));
        return map;
    }
}
