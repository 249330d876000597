package org.netroute.checker.policy;

import java.util.List;
import java.util.Set;

import org.netroute.checker.topology.SourceLocation;

/**
 * One policy, resolved: the endpoints it selects (its subject, an identity selector with the
 * namespace already fixed), the directions it applies to, the directions in which it puts what it
 * selects into default-deny, and its rules.
 *
 * @param name the policy's kind and name, e.g. "NetworkPolicy shop/db"
 */
public record Policy(PolicyKind kind, String name, Selector subject, Set<Direction> directions,
        Set<Direction> defaultDeny, List<PolicyRule> rules, SourceLocation location) {

    public Policy {
        directions = Set.copyOf(directions);
        defaultDeny = Set.copyOf(defaultDeny);
        rules = List.copyOf(rules);
    }
}
