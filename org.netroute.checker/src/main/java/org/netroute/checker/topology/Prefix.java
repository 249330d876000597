package org.netroute.checker.topology;

import inet.ipaddr.IPAddress;

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

    /** Parses {@code a.b.c.d/n} with the IPAddress library. */
    public static Prefix parse(String text) {
        IPAddress address = Ipv4Address.parseIpv4(text);
        Integer length = address.getNetworkPrefixLength();
        if (length == null) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length");
        }
        return new Prefix(address.getLower().toIPv4().intValue(), length);
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
