package org.netroute.checker.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Rule;

/**
 * A cluster's policy configuration, engine-neutral: the enforcement mode, every pod's identity and
 * every policy in file order. Deciding what it allows is each engine's own business.
 */
public record Policies(PolicyMode mode, Map<String, Identity> identities, List<Policy> policies) {

    public static final Policies NONE = new Policies(PolicyMode.DEFAULT, Map.of(), List.of());

    public Policies {
        identities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(identities));
        policies = List.copyOf(policies);
    }

    /** Whether policy can change what pods may send: some policy in default mode, or mode always. */
    public boolean matter() {
        return mode == PolicyMode.ALWAYS || mode == PolicyMode.DEFAULT && !policies.isEmpty();
    }

    public Optional<Identity> identity(String pod) {
        return Optional.ofNullable(identities.get(pod));
    }

    /**
     * The probes both engines send between pods: the default probe and, for each protocol a policy
     * port names, the first port of every class of ports that policies and firewalls tell apart
     * inside a policy's port ranges (precomputed, like address classes).
     *
     * @param firewallRules every firewall rule of the cluster
     */
    public List<Probe> probes(List<Rule> firewallRules) {
        List<Probe> probes = new ArrayList<>(List.of(Probe.DEFAULT));
        if (!matter()) {
            return probes;
        }
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP, Protocol.SCTP)) {
            List<PortRange> ranges = new ArrayList<>();
            policies.forEach(policy -> policy.rules().forEach(rule -> rule.ports().stream()
                    .filter(range -> range.namedPort().isEmpty() && range.protocol().covers(protocol))
                    .forEach(ranges::add)));
            SortedSet<Integer> cuts = new TreeSet<>();
            for (PortRange range : ranges) {
                cuts.add(Math.max(1, range.from()));
                if (range.to() < PortRange.MAX_PORT) {
                    cuts.add(range.to() + 1);
                }
            }
            for (Rule rule : firewallRules) {
                if (rule.port().isPresent() && (rule.protocol() == protocol || rule.protocol() == Protocol.ANY)) {
                    cuts.add(rule.port().getAsInt());
                    cuts.add(rule.port().getAsInt() + 1);
                }
            }
            for (int port : cuts) {
                if (port <= PortRange.MAX_PORT && ranges.stream().anyMatch(range -> range.covers(protocol, port))) {
                    probes.add(new Probe(protocol, port));
                }
            }
        }
        return probes;
    }
}
