package org.netroute.checker.policy;

/** Where a rule is enforced: egress at the sending endpoint, ingress at the receiving one. */
public enum Direction {
    INGRESS, EGRESS;

    public String word() {
        return this == INGRESS ? "ingress" : "egress";
    }
}
