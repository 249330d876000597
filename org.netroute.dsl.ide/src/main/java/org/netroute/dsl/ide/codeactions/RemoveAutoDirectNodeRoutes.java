package org.netroute.dsl.ide.codeactions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.netroute.dsl.validation.IssueCodes;

/**
 * Removes {@code auto-direct-node-routes: true} from a tunnel-mode cilium block: Cilium refuses to
 * start with it, and in tunnel mode it would do nothing. Switching to native routing is the other
 * way out, but that needs a native-routing CIDR only the user knows, so it is not offered.
 */
public class RemoveAutoDirectNodeRoutes implements QuickFix {

	private static final Pattern OPTION = Pattern.compile("auto-direct-node-routes\\s*:\\s*true");

	@Override
	public String issueCode() {
		return IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE;
	}

	/** {@code range} is the option's value, as the validator marks it. */
	@Override
	public Optional<Fix> fix(Document document, Range range) {
		String text = document.getContents();
		int valueEnd = document.getOffSet(range.getEnd());
		Matcher matcher = OPTION.matcher(text).region(0, valueEnd);
		int start = -1;
		while (matcher.find()) {
			if (matcher.end() == valueEnd) {
				start = matcher.start();
			}
		}
		if (start < 0) {
			return Optional.empty();
		}
		return Optional.of(new Fix("Remove auto-direct-node-routes (tunnel mode routes through the tunnel)",
				List.of(removal(document, start, valueEnd))));
	}

	/** Removes the option; its whole line when nothing else is on it. */
	private static TextEdit removal(Document document, int start, int end) {
		String text = document.getContents();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int newline = text.indexOf('\n', end);
		int lineEnd = newline < 0 ? text.length() : newline;
		String rest = text.substring(lineStart, start) + text.substring(end, lineEnd);
		if (rest.isBlank()) {
			return new TextEdit(new Range(document.getPosition(lineStart), document.getPosition(newline < 0 ? lineEnd : newline + 1)),
					"");
		}
		return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), "");
	}
}
