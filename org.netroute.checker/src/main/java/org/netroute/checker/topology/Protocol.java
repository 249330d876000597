package org.netroute.checker.topology;

/**
 * The protocol a firewall rule matches; {@code ANY} matches every packet, {@code ESP} IPsec's
 * encrypted packets (IP protocol 50, no ports).
 */
public enum Protocol {
    ANY, TCP, UDP, ICMP, ESP;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
