package org.netroute.checker.interpreter.policy;

import java.util.Optional;

import org.netroute.checker.policy.Direction;
import org.netroute.checker.policy.PolicyRule;
import org.netroute.checker.topology.SourceLocation;

/**
 * What policy decided for one packet at one endpoint, in one direction: allowed or denied, by which
 * rule (none: not selected, enforcement off, or default-deny) and why, in words.
 *
 * @param endpoint the pod where the decision is taken (the sender for egress, the receiver for ingress)
 */
public record PolicyOutcome(boolean allowed, Direction direction, String endpoint, Optional<PolicyRule> rule,
        String reason, Optional<SourceLocation> location) {

    /** For example "egress at shop/web-1: allowed by CiliumNetworkPolicy shop/web egress rule 1". */
    public String words() {
        return direction.word() + " at " + endpoint + ": " + (allowed ? "allowed" : "denied") + " " + reason;
    }
}
