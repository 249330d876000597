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
		if (plainAddress(text, 0, text.length()) >= 0) {
			return Optional.empty();
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
		if (plainCidr(text, slash) >= 0) {
			return Optional.empty();
		}
		String address = text.substring(0, slash);
		String length = text.substring(slash + 1);
		Optional<String> addressProblem = addressProblem(address);
		if (addressProblem.isPresent()) {
			return addressProblem;
		}
		if (!isPrefixLength(length)) {
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

	/** Returned by {@link #addressValue} and {@link #cidrValue} for text that is not valid. */
	public static final long INVALID = -1;

	/**
	 * The address as an unsigned 32-bit number, or {@link #INVALID} exactly when
	 * {@link #addressProblem} finds a problem: {@link #address} without building an IPAddress.
	 */
	public static long addressValue(String text) {
		if (text == null) {
			return INVALID;
		}
		long plain = plainAddress(text, 0, text.length());
		if (plain >= 0) {
			return plain;
		}
		Optional<IPv4Address> address = address(text);
		return address.isPresent() ? address.get().longValue() : INVALID;
	}

	/**
	 * The prefix block of a CIDR packed as {@code network << 8 | length} (see {@link #network},
	 * {@link #length}), or {@link #INVALID} exactly when {@link #cidrProblem} finds a problem:
	 * {@link #cidr} without building an IPAddress.
	 */
	public static long cidrValue(String text) {
		if (text == null) {
			return INVALID;
		}
		long plain = plainCidr(text, text.indexOf('/'));
		if (plain >= 0) {
			return plain;
		}
		Optional<IPv4Address> block = cidr(text);
		return block.isPresent() ? block.get().getLower().longValue() << 8 | block.get().getNetworkPrefixLength() : INVALID;
	}

	/** The first address of a {@link #cidrValue}, unsigned. */
	public static long network(long cidrValue) {
		return cidrValue >>> 8;
	}

	/** The prefix length of a {@link #cidrValue}. */
	public static int length(long cidrValue) {
		return (int) (cidrValue & 0xff);
	}

	/** The last address of a {@link #cidrValue}, unsigned. */
	public static long last(long cidrValue) {
		return network(cidrValue) | (0xffffffffL >>> length(cidrValue));
	}

	/** Whether the block of a {@link #cidrValue} contains an {@link #addressValue}. */
	public static boolean contains(long cidrValue, long addressValue) {
		return addressValue >= network(cidrValue) && addressValue <= last(cidrValue);
	}

	/** Whether the block of {@code outer} contains the whole block of {@code inner} (both {@link #cidrValue}s). */
	public static boolean containsBlock(long outer, long inner) {
		return network(inner) >= network(outer) && last(inner) <= last(outer);
	}

	/**
	 * The value of {@code text[from, to)} when it is the plain form every valid address in a file
	 * has: four ASCII numbers 0..255 without leading zeros, separated by dots; -1 otherwise (the
	 * text may still be valid or not: callers then take the general path).
	 */
	public static long plainAddress(String text, int from, int to) {
		long value = 0;
		int octets = 0;
		int i = from;
		while (true) {
			int start = i;
			int octet = 0;
			while (i < to && i - start < 3) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					break;
				}
				octet = octet * 10 + (c - '0');
				i++;
			}
			int digits = i - start;
			if (digits == 0 || octet > MAX_OCTET || digits > 1 && text.charAt(start) == '0') {
				return -1;
			}
			value = value << 8 | octet;
			octets++;
			if (octets == 4) {
				return i == to ? value : -1;
			}
			if (i >= to || text.charAt(i) != '.') {
				return -1;
			}
			i++;
		}
	}

	/** Like {@link #plainAddress} for a plain CIDR with its host bits clear, packed as {@link #cidrValue}; -1 otherwise. */
	private static long plainCidr(String text, int slash) {
		if (slash < 0) {
			return -1;
		}
		long address = plainAddress(text, 0, slash);
		int digits = text.length() - slash - 1;
		if (address < 0 || digits < 1 || digits > 2 || digits == 2 && text.charAt(slash + 1) == '0') {
			return -1;
		}
		int length = 0;
		for (int i = slash + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			length = length * 10 + (c - '0');
		}
		if (length > MAX_PREFIX || (address & (0xffffffffL >>> length)) != 0) {
			return -1;
		}
		return address << 8 | length;
	}

	/** The prefix block of a CIDR whose host bits are set, as the user most likely meant it. */
	public static Optional<String> correctedCidr(String text) {
		int slash = text == null ? -1 : text.indexOf('/');
		// the library fails with an index error on lengths such as /4294967295 (found by the fuzzer)
		if (slash < 0 || addressProblem(text.substring(0, slash)).isPresent()
				|| !isPrefixLength(text.substring(slash + 1))) {
			return Optional.empty();
		}
		try {
			return Optional.of(parse(text).toPrefixBlock().toCanonicalString());
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Whether {@code text} is a prefix length 0..32 written in at most three digits. */
	private static boolean isPrefixLength(String text) {
		return !text.isEmpty() && text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')
				&& Integer.parseInt(text) <= MAX_PREFIX;
	}

	private static IPAddress parse(String checkedText) {
		try {
			return new IPAddressString(checkedText).toAddress();
		} catch (AddressStringException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
