package org.netroute.dsl.address;

import java.util.Optional;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * Turns the dotted-quad and CIDR text of a .netroute file into IPAddress values, and says in a
 * network engineer's words what is wrong with text that is not a usable address or prefix.
 * The grammar guarantees four dot-separated numbers; everything else is judged here.
 */
public final class Ipv4Text {

	private static final int MAX_OCTET = 255;
	private static final int MAX_PREFIX = 32;

	private Ipv4Text() {
	}

	/** Why {@code text} is not a valid IPv4 address, if it is not. */
	public static Optional<String> addressProblem(String text) {
		if (text == null) {
			return Optional.of("missing address");
		}
		String[] octets = text.split("\\.", -1);
		if (octets.length != 4) {
			return Optional.of("'" + text + "' is not an IPv4 address (four numbers 0..255 separated by dots)");
		}
		for (String octet : octets) {
			if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
				return Optional.of("'" + text + "' is not an IPv4 address: '" + octet + "' is not a number 0..255");
			}
			if (Integer.parseInt(octet) > MAX_OCTET) {
				return Optional.of("Octet " + octet + " of '" + text + "' is out of range: each part of an IPv4 address is 0..255");
			}
			if (octet.length() > 1 && octet.startsWith("0")) {
				return Optional.of("Octet '" + octet + "' of '" + text + "' has a leading zero, which many tools read as octal: write "
						+ Integer.parseInt(octet));
			}
		}
		return Optional.empty();
	}

	/** Why {@code text} is not a valid IPv4 CIDR (address/length, no host bits), if it is not. */
	public static Optional<String> cidrProblem(String text) {
		if (text == null) {
			return Optional.of("missing CIDR");
		}
		int slash = text.indexOf('/');
		if (slash < 0) {
			return Optional.of("'" + text + "' is not a CIDR: write address/prefix-length, e.g. 10.0.0.0/16");
		}
		String address = text.substring(0, slash);
		String length = text.substring(slash + 1);
		Optional<String> addressProblem = addressProblem(address);
		if (addressProblem.isPresent()) {
			return addressProblem;
		}
		if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)
				|| Integer.parseInt(length) > MAX_PREFIX) {
			return Optional.of("Prefix length /" + length + " of '" + text + "' is out of range: an IPv4 prefix length is 0..32");
		}
		IPAddress parsed = parse(text);
		if (!parsed.isPrefixBlock()) {
			return Optional.of("CIDR " + text + " has host bits set: the network is " + parsed.toPrefixBlock().toCanonicalString());
		}
		return Optional.empty();
	}

	/** The address, or empty if the text is not a valid address. */
	public static Optional<IPv4Address> address(String text) {
		if (addressProblem(text).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(parse(text).toIPv4());
	}

	/** The prefix block, or empty if the text is not a valid CIDR (host bits set included). */
	public static Optional<IPv4Address> cidr(String text) {
		if (cidrProblem(text).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(parse(text).toPrefixBlock().toIPv4());
	}

	/** The prefix block of a CIDR whose host bits are set, as the user most likely meant it. */
	public static Optional<String> correctedCidr(String text) {
		int slash = text == null ? -1 : text.indexOf('/');
		if (slash < 0 || addressProblem(text.substring(0, slash)).isPresent()) {
			return Optional.empty();
		}
		try {
			return Optional.of(parse(text).toPrefixBlock().toCanonicalString());
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static IPAddress parse(String checkedText) {
		try {
			return new IPAddressString(checkedText).toAddress();
		} catch (AddressStringException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
