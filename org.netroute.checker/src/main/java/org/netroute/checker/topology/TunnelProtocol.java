package org.netroute.checker.topology;

/** Cilium's {@code tunnel-protocol}, with the UDP port each uses unless {@code tunnel-port} says otherwise. */
public enum TunnelProtocol {
    VXLAN(8472),
    GENEVE(6081);

    private final int defaultPort;

    TunnelProtocol(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The keyword used in .netroute files and cilium-config. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
