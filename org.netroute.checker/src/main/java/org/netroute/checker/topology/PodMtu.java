package org.netroute.checker.topology;

/**
 * The MTU Cilium gives a node's pods, as {@code pkg/mtu} of Cilium v1.16.2 computes it
 * ({@code getRouteMTU}): the base MTU (configured, else the node's device, i.e. segment, MTU)
 * minus the tunnel overhead in tunnel mode and minus the encryption's overhead constant.
 */
public final class PodMtu {

    /** {@code WireguardOverhead} of Cilium v1.16.2 (raised to 95 by cilium/cilium PR #45940 in 2026). */
    public static final int WIREGUARD_OVERHEAD = 80;

    /** {@code EncryptionIPsecOverhead} of Cilium v1.16.2, for the default 16-byte key. */
    public static final int IPSEC_OVERHEAD = 77;

    private PodMtu() {
    }

    /** The pod MTU of a node on {@code segment} under {@code cilium}. */
    public static int of(Cilium cilium, Segment segment) {
        return of(cilium.mode(), cilium.encryption(), cilium.mtu(), segment.mtu());
    }

    /**
     * Without encryption.
     *
     * @param configuredMtu Cilium's {@code mtu}; 0 = auto
     * @param segmentMtu    the MTU of the node's segment (its device MTU)
     */
    public static int of(RoutingMode mode, int configuredMtu, int segmentMtu) {
        return of(mode, Encryption.NONE, configuredMtu, segmentMtu);
    }

    /**
     * @param configuredMtu Cilium's {@code mtu}; 0 = auto
     * @param segmentMtu    the MTU of the node's segment (its device MTU)
     */
    public static int of(RoutingMode mode, Encryption encryption, int configuredMtu, int segmentMtu) {
        int base = configuredMtu > 0 ? configuredMtu : segmentMtu;
        return base - (mode == RoutingMode.TUNNEL ? Cilium.TUNNEL_OVERHEAD : 0) - overhead(encryption);
    }

    /** What {@code pkg/mtu} subtracts for an encryption scheme (not what its packets carry). */
    public static int overhead(Encryption encryption) {
        return switch (encryption) {
            case NONE -> 0;
            case WIREGUARD -> WIREGUARD_OVERHEAD;
            case IPSEC -> IPSEC_OVERHEAD;
        };
    }
}
