package org.netroute.importer.cilium;

import org.netroute.dsl.address.Ipv4Text;

/** Address text as Kubernetes writes it: which family it is, and IPv4 numbers back to text. */
public final class Addresses {

    private Addresses() {
    }

    /** IPv6 addresses and CIDRs hold a colon; IPv4 ones never do. */
    public static boolean isIpv6(String text) {
        return text.indexOf(':') >= 0;
    }

    /** An unsigned 32-bit address as dotted quad. */
    public static String dotted(long address) {
        return (address >>> 24 & 0xff) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "."
                + (address & 0xff);
    }

    /** The block of {@code length} bits that holds {@code address}, as a {@link Ipv4Text#cidrValue}. */
    public static long block(long address, int length) {
        long mask = length == 0 ? 0 : 0xffffffffL << (32 - length) & 0xffffffffL;
        return (address & mask) << 8 | length;
    }

    /** A {@link Ipv4Text#cidrValue} as text. */
    public static String cidr(long cidrValue) {
        return dotted(Ipv4Text.network(cidrValue)) + "/" + Ipv4Text.length(cidrValue);
    }
}
