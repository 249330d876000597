package org.netroute.checker.topology;

/**
 * The MTU Cilium gives a node's pods (pkg/mtu): the base MTU (configured, else the node's device,
 * i.e. segment, MTU) minus the tunnel overhead in tunnel mode.
 */
public final class PodMtu {

    private PodMtu() {
    }

    /** The pod MTU of a node on {@code segment} under {@code cilium}. */
    public static int of(Cilium cilium, Segment segment) {
        return of(cilium.mode(), cilium.mtu(), segment.mtu());
    }

    /**
     * @param configuredMtu Cilium's {@code mtu}; 0 = auto
     * @param segmentMtu    the MTU of the node's segment (its device MTU)
     */
    public static int of(RoutingMode mode, int configuredMtu, int segmentMtu) {
        int base = configuredMtu > 0 ? configuredMtu : segmentMtu;
        return mode == RoutingMode.TUNNEL ? base - Cilium.TUNNEL_OVERHEAD : base;
    }
}
