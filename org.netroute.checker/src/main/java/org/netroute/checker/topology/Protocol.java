package org.netroute.checker.topology;

/** The transport protocol a firewall rule matches; {@code ANY} matches every packet. */
public enum Protocol {
    ANY, TCP, UDP, ICMP;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
