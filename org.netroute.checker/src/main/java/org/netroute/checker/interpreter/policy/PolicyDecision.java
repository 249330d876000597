package org.netroute.checker.interpreter.policy;

import java.util.List;
import java.util.Optional;

import org.netroute.checker.policy.Direction;
import org.netroute.checker.policy.Entity;
import org.netroute.checker.policy.Identity;
import org.netroute.checker.policy.Peer;
import org.netroute.checker.policy.Policies;
import org.netroute.checker.policy.Policy;
import org.netroute.checker.policy.PolicyMode;
import org.netroute.checker.policy.PolicyRule;
import org.netroute.checker.policy.Probe;

/**
 * The interpreter's policy decision for a packet from one pod to another, stated directly from
 * docs/SEMANTICS.md ("Policy"): egress at the sender, then ingress at the receiver; in each, a
 * matching deny rule of a policy selecting the endpoint wins; else, if the endpoint is in
 * default-deny in that direction, the first matching allow rule allows, and nothing else does;
 * else the packet is allowed. Independent of netroute.als, which states the same relationally.
 */
public final class PolicyDecision {

    private final Policies policies;

    public PolicyDecision(Policies policies) {
        this.policies = policies;
    }

    /** Both directions: the egress outcome if it denies, else the ingress outcome. */
    public PolicyOutcome decide(String from, String to, Probe probe) {
        PolicyOutcome egress = decide(Direction.EGRESS, from, to, probe);
        return egress.allowed() ? decide(Direction.INGRESS, to, from, probe) : egress;
    }

    /** Whether the pair is allowed on this probe in both directions. */
    public boolean allows(String from, String to, Probe probe) {
        return decide(from, to, probe).allowed();
    }

    /**
     * One direction at {@code endpoint}, for traffic with {@code peer} (the receiver at egress, the
     * sender at ingress).
     */
    public PolicyOutcome decide(Direction direction, String endpoint, String peer, Probe probe) {
        if (policies.mode() == PolicyMode.NEVER) {
            return outcome(true, direction, endpoint, "(enable-policy: never: no policy is enforced)");
        }
        Identity self = identity(endpoint);
        Identity other = identity(peer);
        List<Policy> selecting = policies.policies().stream()
                .filter(policy -> policy.directions().contains(direction) && policy.subject().matches(self.labels()))
                .toList();
        Optional<PolicyRule> deny = firstMatching(selecting, direction, true, other, probe);
        if (deny.isPresent()) {
            return new PolicyOutcome(false, direction, endpoint, deny, "by " + deny.get().words() + " (deny wins)",
                    Optional.of(deny.get().location()));
        }
        Optional<Policy> defaultDeny = selecting.stream().filter(policy -> policy.defaultDeny().contains(direction))
                .findFirst();
        if (defaultDeny.isEmpty() && policies.mode() != PolicyMode.ALWAYS) {
            return outcome(true, direction, endpoint, selecting.isEmpty() ? "(no policy selects it in " + direction.word()
                    + ")" : "(no selecting policy puts it in default-deny)");
        }
        Optional<PolicyRule> allow = firstMatching(selecting, direction, false, other, probe);
        if (allow.isPresent()) {
            return new PolicyOutcome(true, direction, endpoint, allow, "by " + allow.get().words(),
                    Optional.of(allow.get().location()));
        }
        return defaultDeny.map(policy -> new PolicyOutcome(false, direction, endpoint, Optional.empty(),
                "by default-deny: " + policy.name() + " selects it and no allow rule matches " + probe.words(),
                Optional.of(policy.location())))
                .orElseGet(() -> outcome(false, direction, endpoint,
                        "by default-deny: enable-policy: always and no allow rule matches " + probe.words()));
    }

    private static PolicyOutcome outcome(boolean allowed, Direction direction, String endpoint, String reason) {
        return new PolicyOutcome(allowed, direction, endpoint, Optional.empty(), reason, Optional.empty());
    }

    private static Optional<PolicyRule> firstMatching(List<Policy> selecting, Direction direction, boolean deny,
            Identity peer, Probe probe) {
        return selecting.stream().flatMap(policy -> policy.rules().stream())
                .filter(rule -> rule.direction() == direction && rule.deny() == deny && matches(rule, peer, probe))
                .findFirst();
    }

    /** A rule matches a pod peer on a probe: some peer names it (or it names every peer) and some port covers the probe. */
    static boolean matches(PolicyRule rule, Identity peer, Probe probe) {
        boolean peerMatches = rule.anyPeer() || rule.peers().stream().anyMatch(named -> names(named, peer));
        boolean portMatches = rule.ports().isEmpty()
                || rule.ports().stream().anyMatch(range -> range.covers(probe.protocol(), probe.port()));
        return peerMatches && portMatches;
    }

    /** Pods are matched by endpoint selectors and by the entities all and cluster; CIDRs never match a pod (cilium#9209). */
    private static boolean names(Peer peer, Identity pod) {
        if (peer instanceof Peer.Endpoints endpoints) {
            return endpoints.selector().matches(pod.labels());
        }
        if (peer instanceof Peer.OfEntity entity) {
            return entity.entity() == Entity.ALL || entity.entity() == Entity.CLUSTER;
        }
        return false;
    }

    private Identity identity(String pod) {
        return policies.identity(pod).orElseThrow(() -> new IllegalArgumentException("no identity for pod " + pod));
    }
}
