package org.netroute.checker.topology;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import org.netroute.dsl.address.Ipv4Text;

/**
 * An IPv4 address as the 32 bits engines compute with; parsed once, by the IPAddress library,
 * so no engine ever handles dotted quads.
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    /** Parses a plain dotted-quad address such as {@code 10.0.1.5}; rejects prefixes and IPv6. */
    public static Ipv4Address parse(String text) {
        long plain = text == null ? -1 : Ipv4Text.plainAddress(text, 0, text.length());
        if (plain >= 0) {
            return new Ipv4Address((int) plain);
        }
        IPAddress address = parseIpv4(text);
        if (address.isPrefixed()) {
            throw new IllegalArgumentException("'" + text + "' is a prefix, not an address");
        }
        return new Ipv4Address(address.getLower().toIPv4().intValue());
    }

    static IPAddress parseIpv4(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing address");
        }
        try {
            IPAddress address = new IPAddressString(text.trim()).toAddress();
            if (address == null || !address.isIPv4()) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
            }
            return address;
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address: " + e.getMessage(), e);
        }
    }

    /** The address as an unsigned number, for ordering and arithmetic. */
    public long unsigned() {
        return Integer.toUnsignedLong(bits);
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    @Override
    public String toString() {
        return format(bits);
    }

    /** Dotted-quad text of raw address bits. */
    public static String format(int bits) {
        return new IPv4Address(bits).toCanonicalString();
    }
}
