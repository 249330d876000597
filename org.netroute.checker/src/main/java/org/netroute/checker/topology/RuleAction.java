package org.netroute.checker.topology;

/** What a matching firewall rule does with the packet. */
public enum RuleAction {
    ALLOW, DENY;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
