package org.netroute.dsl.ui.quickfix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/**
 * Removes {@code auto-direct-node-routes: true} from a tunnel-mode cilium block: Cilium refuses to
 * start with it, and in tunnel mode it would do nothing. Switching to native routing is the other
 * way out, but that needs a native-routing CIDR only the user knows, so it is not offered.
 */
public class RemoveAutoDirectNodeRoutesResolution implements IMarkerResolution2 {

	private static final Pattern OPTION = Pattern.compile("auto-direct-node-routes\\s*:\\s*true");

	@Override
	public String getLabel() {
		return "Remove auto-direct-node-routes (tunnel mode routes through the tunnel)";
	}

	@Override
	public String getDescription() {
		return "Deletes the 'auto-direct-node-routes: true' option, which Cilium rejects in tunnel mode.";
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		int valueEnd = marker.getAttribute(IMarker.CHAR_END, -1);
		MarkedFileText.change(marker, document -> {
			if (valueEnd < 0 || valueEnd > document.getLength()) {
				return;
			}
			String before = document.get(0, valueEnd);
			Matcher matcher = OPTION.matcher(before);
			int start = -1;
			while (matcher.find()) {
				if (matcher.end() == valueEnd) {
					start = matcher.start();
				}
			}
			if (start < 0) {
				return;
			}
			removeOption(document, start, valueEnd);
		});
	}

	/** Removes the option; its whole line when nothing else is on it. */
	private static void removeOption(IDocument document, int start, int end) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(start);
		String lineText = document.get(line.getOffset(), line.getLength());
		String rest = lineText.substring(0, start - line.getOffset()) + lineText.substring(end - line.getOffset());
		if (rest.replaceAll("//.*", "").isBlank() && !rest.contains("//")) {
			String delimiter = document.getLineDelimiter(document.getLineOfOffset(start));
			document.replace(line.getOffset(), line.getLength() + (delimiter == null ? 0 : delimiter.length()), "");
		} else {
			document.replace(start, end - start, "");
		}
	}
}
