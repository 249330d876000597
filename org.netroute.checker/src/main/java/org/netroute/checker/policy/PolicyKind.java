package org.netroute.checker.policy;

/** The three kinds of policy NetRoute reads, by their Kubernetes kind. */
public enum PolicyKind {
    NETWORK_POLICY("NetworkPolicy"), CILIUM_NETWORK_POLICY("CiliumNetworkPolicy"),
    CILIUM_CLUSTERWIDE_NETWORK_POLICY("CiliumClusterwideNetworkPolicy");

    private final String kind;

    PolicyKind(String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
