package org.netroute.checker.topology;

/** Cilium's {@code routing-mode}: how pod traffic crosses between nodes. */
public enum RoutingMode {
    /** Encapsulation (VXLAN or Geneve) between node addresses; Cilium's default. */
    TUNNEL,
    /** No encapsulation: the network between the nodes routes the PodCIDRs. */
    NATIVE
}
