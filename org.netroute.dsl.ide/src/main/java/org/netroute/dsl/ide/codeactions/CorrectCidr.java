package org.netroute.dsl.ide.codeactions;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.validation.IssueCodes;

/**
 * Replaces a CIDR whose host bits are set by its network (10.0.1.5/24 becomes 10.0.1.0/24).
 * Unambiguous: the prefix length stays as written.
 */
public class CorrectCidr implements QuickFix {

	@Override
	public String issueCode() {
		return IssueCodes.HOST_BITS_SET;
	}

	@Override
	public Optional<Fix> fix(Document document, Range range) {
		String written = document.getSubstring(range);
		return Ipv4Text.correctedCidr(written).filter(network -> !network.equals(written))
				.map(network -> new Fix("Change " + written + " to " + network, List.of(new TextEdit(range, network))));
	}
}
