package org.netroute.checker.topology;

import inet.ipaddr.IPAddress;

import org.netroute.dsl.address.Ipv4Text;

/**
 * An IPv4 CIDR prefix (network bits and length): the unit of routing tables, PodCIDRs and
 * segment CIDRs. Host bits given in the text are cleared, as the kernel does.
 */
public record Prefix(int network, int length) implements Comparable<Prefix> {

    /** 0.0.0.0/0, the default route's prefix. */
    public static final Prefix ANY = new Prefix(0, 0);

    public Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length + " is not in 0..32");
        }
        network &= mask(length);
    }

    /** Parses {@code a.b.c.d/n}: the plain form directly, anything else with the IPAddress library. */
    public static Prefix parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash > 0) {
            long network = Ipv4Text.plainAddress(text, 0, slash);
            int length = plainLength(text, slash + 1);
            if (network >= 0 && length >= 0) {
                return new Prefix((int) network, length);
            }
        }
        IPAddress address = Ipv4Address.parseIpv4(text);
        Integer length = address.getNetworkPrefixLength();
        if (length == null) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length");
        }
        return new Prefix(address.getLower().toIPv4().intValue(), length);
    }

    /** A prefix length 0..32 written without a leading zero from {@code from} to the end; -1 otherwise. */
    private static int plainLength(String text, int from) {
        int digits = text.length() - from;
        if (digits < 1 || digits > 2 || digits == 2 && text.charAt(from) == '0') {
            return -1;
        }
        int length = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            length = length * 10 + (c - '0');
        }
        return length <= 32 ? length : -1;
    }

    /** The netmask of a prefix length as address bits. */
    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public boolean contains(int address) {
        return (address & mask(length)) == network;
    }

    public boolean contains(Ipv4Address address) {
        return contains(address.bits());
    }

    /** Whether {@code other} lies entirely inside this prefix. */
    public boolean contains(Prefix other) {
        return other.length >= length && contains(other.network);
    }

    public boolean overlaps(Prefix other) {
        return contains(other) || other.contains(this);
    }

    /** The first address of the prefix. */
    public Ipv4Address first() {
        return new Ipv4Address(network);
    }

    /** The last address of the prefix. */
    public int lastBits() {
        return network | ~mask(length);
    }

    /** The number of addresses in the prefix. */
    public long size() {
        return 1L << (32 - length);
    }

    @Override
    public int compareTo(Prefix other) {
        int byNetwork = Integer.compareUnsigned(network, other.network);
        return byNetwork != 0 ? byNetwork : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return Ipv4Address.format(network) + "/" + length;
    }
}
