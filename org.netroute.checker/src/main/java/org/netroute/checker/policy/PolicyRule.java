package org.netroute.checker.policy;

import java.util.List;

import org.netroute.checker.topology.SourceLocation;

/**
 * One rule of a policy, in one direction: allow or deny, the peers it names and the ports. A rule
 * with {@code anyPeer} matches every peer (a NetworkPolicy entry without from/to, a Cilium rule
 * with only toPorts); a rule with neither peers nor anyPeer matches nothing (Cilium's
 * {@code ingress: [{}]}). No ports: every port and protocol.
 *
 * @param index the rule's number in its policy's list for that direction and kind, from 1
 */
public record PolicyRule(String policy, Direction direction, boolean deny, boolean anyPeer, List<Peer> peers,
        List<PortRange> ports, int index, SourceLocation location) {

    public PolicyRule {
        peers = List.copyOf(peers);
        ports = List.copyOf(ports);
    }

    /** For example "CiliumNetworkPolicy shop/db ingressDeny rule 1". */
    public String words() {
        return policy + " " + direction.word() + (deny ? "Deny" : "") + " rule " + index;
    }
}
