package org.netroute.checker.topology;

/**
 * The protocol a firewall rule matches; {@code ANY} matches every packet, {@code ESP} IPsec's
 * encrypted packets (IP protocol 50, no ports). {@code SCTP} is a pod probe's protocol only (a
 * policy port may name it; firewall rules match it with {@code any}).
 */
public enum Protocol {
    ANY, TCP, UDP, ICMP, ESP, SCTP;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
