package org.netroute.checker.topology;

import java.util.Optional;

/**
 * The Cilium agent options that decide how pods reach each other, with every default
 * already resolved (SEMANTICS.md, "Configuration defaults").
 *
 * @param mode                         tunnel or native routing
 * @param tunnelProtocol               VXLAN or Geneve (meaningful in tunnel mode)
 * @param tunnelPort                   the UDP port of the tunnel: the protocol's default if not configured
 * @param mtu                          the configured base MTU; 0 = auto (the node's segment MTU)
 * @param nativeRoutingCidr            {@code ipv4-native-routing-cidr}, if set
 * @param autoDirectNodeRoutes         {@code auto-direct-node-routes}
 * @param directRoutingSkipUnreachable {@code direct-routing-skip-unreachable}
 * @param encryption                   {@code enable-wireguard} or {@code enable-ipsec}, or none
 */
public record Cilium(RoutingMode mode, TunnelProtocol tunnelProtocol, int tunnelPort, int mtu,
        Optional<Prefix> nativeRoutingCidr, boolean autoDirectNodeRoutes,
        boolean directRoutingSkipUnreachable, Encryption encryption, SourceLocation location) {

    /** Options without transparent encryption. */
    public Cilium(RoutingMode mode, TunnelProtocol tunnelProtocol, int tunnelPort, int mtu,
            Optional<Prefix> nativeRoutingCidr, boolean autoDirectNodeRoutes, boolean directRoutingSkipUnreachable,
            SourceLocation location) {
        this(mode, tunnelProtocol, tunnelPort, mtu, nativeRoutingCidr, autoDirectNodeRoutes,
                directRoutingSkipUnreachable, Encryption.NONE, location);
    }

    /** Bytes VXLAN and Geneve add per packet over an IPv4 underlay (Cilium pkg/mtu). */
    public static final int TUNNEL_OVERHEAD = 50;

    /** Cilium's defaults: tunnel mode, VXLAN on 8472, auto MTU. */
    public static Cilium defaults() {
        return new Cilium(RoutingMode.TUNNEL, TunnelProtocol.VXLAN, TunnelProtocol.VXLAN.defaultPort(), 0,
                Optional.empty(), false, false, SourceLocation.NONE);
    }

    /** The same options with {@code encryption} instead. */
    public Cilium withEncryption(Encryption anEncryption) {
        return new Cilium(mode, tunnelProtocol, tunnelPort, mtu, nativeRoutingCidr, autoDirectNodeRoutes,
                directRoutingSkipUnreachable, anEncryption, location);
    }

    public boolean tunnel() {
        return mode == RoutingMode.TUNNEL;
    }

    /** Whether nodes wrap pod traffic to other nodes in an outer packet: a tunnel, encryption or both. */
    public boolean wrapsPodTraffic() {
        return tunnel() || encryption.encrypts();
    }

    /** Whether nodes install routes to the PodCIDRs of nodes on their segment (native mode only). */
    public boolean installsDirectNodeRoutes() {
        return mode == RoutingMode.NATIVE && autoDirectNodeRoutes;
    }
}
