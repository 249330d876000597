package org.netroute.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.xtext.util.TextRegion;
import org.netroute.dsl.address.Ipv4Text;

/**
 * The IPv4 address written at an offset of a document, found in the text itself: addresses are
 * datatype rules of several tokens, so no single token or model element spans one.
 */
public record AddressUnderCursor(String text, TextRegion region) {

	/** The address the offset lies in or just after, if any (a CIDR's address part counts). */
	public static Optional<AddressUnderCursor> at(String document, int offset) {
		if (offset < 0 || offset > document.length()) {
			return Optional.empty();
		}
		int start = offset;
		while (start > 0 && addressCharacter(document.charAt(start - 1))) {
			start--;
		}
		int end = offset;
		while (end < document.length() && addressCharacter(document.charAt(end))) {
			end++;
		}
		String candidate = document.substring(start, end);
		int slash = candidate.indexOf('/');
		String address = slash < 0 ? candidate : candidate.substring(0, slash);
		if (address.isEmpty() || Ipv4Text.address(address).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AddressUnderCursor(address, new TextRegion(start, address.length())));
	}

	private static boolean addressCharacter(char c) {
		return c >= '0' && c <= '9' || c == '.' || c == '/';
	}
}
