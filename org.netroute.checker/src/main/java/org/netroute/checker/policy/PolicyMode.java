package org.netroute.checker.policy;

/** Cilium's policy enforcement mode ({@code enable-policy}): when endpoints are in default-deny. */
public enum PolicyMode {
    /** Default-deny per direction once some policy selects the endpoint in that direction. */
    DEFAULT,
    /** Every endpoint is in default-deny in both directions, selected or not. */
    ALWAYS,
    /** No policy is enforced: everything is allowed, deny rules included. */
    NEVER;

    /** The mode as cilium-config writes it. */
    public static PolicyMode of(String word) {
        return word == null ? DEFAULT : valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}
