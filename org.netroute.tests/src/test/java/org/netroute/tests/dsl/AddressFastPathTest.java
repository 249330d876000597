package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;
import org.netroute.dsl.address.Ipv4Text;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * The validator and the topology builder read the plain dotted-quad form without the IPAddress
 * library (a cold-start measure); for every text, valid or not, they must answer as the library
 * path does: same problems, same values.
 */
class AddressFastPathTest {

    private static final String[] EDGES = {"0.0.0.0", "255.255.255.255", "256.0.0.1", "1.256.0.1", "01.2.3.4", "1.02.3.4",
        "1.2.3.04", "0.0.0.00", "1.2.3", "1.2.3.4.5", "", ".", "1..2.3", "1.2.3.", ".1.2.3", "1.2.3.4 ", " 1.2.3.4", "a.b.c.d",
        "1234.1.1.1", "1.2.3.999", "10.0.0.1", "192.168.1.255", "-1.2.3.4", "1.2.3.4/24", "0.0.0.0/0", "10.0.0.0/8",
        "10.0.0.0/08", "10.0.0.0/008", "10.0.0.0/033", "10.0.0.0/32", "10.0.0.1/32", "10.0.0.1/31", "10.0.0.0/33",
        "10.0.0.0/", "/24", "10.0.0.5/24", "10.0.0.0/2a", "10.0.0.0/-1", "10.0.0.0/24/24", "10.0.0/24", "255.255.255.255/32",
        "128.0.0.0/1", "128.0.0.0/0", "10.1.0.0/16", "10.1.1.0/16", "010.0.0.0/8", "1.2.3.4/1000"};

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(EDGES));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            int bits = random.nextInt();
            String address = Ipv4Address.format(bits);
            texts.add(address);
            int length = random.nextInt(34);
            texts.add(address + "/" + length);
            int network = length == 0 ? 0 : bits & (-1 << (32 - Math.min(length, 32)));
            texts.add(Ipv4Address.format(network) + "/" + length);
        }
        return texts;
    }

    @Test
    void ipv4TextAnswersAsTheLibraryDoes() {
        for (String text : texts()) {
            assertEquals(referenceAddressProblem(text), Ipv4Text.addressProblem(text), text);
            assertEquals(referenceCidrProblem(text), Ipv4Text.cidrProblem(text), text);
            Optional<IPv4Address> address = referenceAddressProblem(text).isPresent() ? Optional.empty()
                    : Optional.of(library(text).toIPv4());
            assertEquals(address.map(IPv4Address::longValue).orElse(Ipv4Text.INVALID), Ipv4Text.addressValue(text), text);
            assertEquals(address, Ipv4Text.address(text), text);
            Optional<IPv4Address> block = referenceCidrProblem(text).isPresent() ? Optional.empty()
                    : Optional.of(library(text).toPrefixBlock().toIPv4());
            long expected = block.map(b -> b.getLower().longValue() << 8 | b.getNetworkPrefixLength()).orElse(Ipv4Text.INVALID);
            assertEquals(expected, Ipv4Text.cidrValue(text), text);
            assertEquals(block, Ipv4Text.cidr(text), text);
            if (block.isPresent()) {
                assertEquals(block.get().getUpper().longValue(), Ipv4Text.last(expected), text);
            }
        }
    }

    @Test
    void topologyParsesAsTheLibraryDoes() {
        for (String text : texts()) {
            assertEquals(referenceAddress(text), outcome(() -> Ipv4Address.parse(text)), text);
            assertEquals(referencePrefix(text), outcome(() -> Prefix.parse(text)), text);
        }
    }

    private static IPAddress library(String text) {
        try {
            return new IPAddressString(text).toAddress();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The value, or the exception's type and message. */
    private static Object outcome(java.util.function.Supplier<?> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    // The library-only code the fast paths replace, kept here as the reference.

    private static Object referenceAddress(String text) {
        return outcome(() -> {
            IPAddress address = referenceParseIpv4(text);
            if (address.isPrefixed()) {
                throw new IllegalArgumentException("'" + text + "' is a prefix, not an address");
            }
            return new Ipv4Address(address.getLower().toIPv4().intValue());
        });
    }

    private static Object referencePrefix(String text) {
        return outcome(() -> {
            IPAddress address = referenceParseIpv4(text);
            Integer length = address.getNetworkPrefixLength();
            if (length == null) {
                throw new IllegalArgumentException("'" + text + "' has no prefix length");
            }
            return new Prefix(address.getLower().toIPv4().intValue(), length);
        });
    }

    private static IPAddress referenceParseIpv4(String text) {
        try {
            IPAddress address = new IPAddressString(text.trim()).toAddress();
            if (address == null || !address.isIPv4()) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
            }
            return address;
        } catch (inet.ipaddr.AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address: " + e.getMessage(), e);
        }
    }

    private static Optional<String> referenceAddressProblem(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return Optional.of("'" + text + "' is not an IPv4 address (four numbers 0..255 separated by dots)");
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
                return Optional.of("'" + text + "' is not an IPv4 address: '" + octet + "' is not a number 0..255");
            }
            if (Integer.parseInt(octet) > 255) {
                return Optional.of("Octet " + octet + " of '" + text + "' is out of range: each part of an IPv4 address is 0..255");
            }
            if (octet.length() > 1 && octet.startsWith("0")) {
                return Optional.of("Octet '" + octet + "' of '" + text + "' has a leading zero, which many tools read as octal: write "
                        + Integer.parseInt(octet));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> referenceCidrProblem(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of("'" + text + "' is not a CIDR: write address/prefix-length, e.g. 10.0.0.0/16");
        }
        String address = text.substring(0, slash);
        String length = text.substring(slash + 1);
        Optional<String> addressProblem = referenceAddressProblem(address);
        if (addressProblem.isPresent()) {
            return addressProblem;
        }
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)
                || Integer.parseInt(length) > 32) {
            return Optional.of("Prefix length /" + length + " of '" + text + "' is out of range: an IPv4 prefix length is 0..32");
        }
        IPAddress parsed = library(text);
        if (!parsed.isPrefixBlock()) {
            return Optional.of("CIDR " + text + " has host bits set: the network is " + parsed.toPrefixBlock().toCanonicalString());
        }
        return Optional.empty();
    }
}
