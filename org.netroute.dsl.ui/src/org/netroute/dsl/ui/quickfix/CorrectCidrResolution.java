package org.netroute.dsl.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/**
 * Replaces a CIDR whose host bits are set by its network (10.0.1.5/24 becomes 10.0.1.0/24), the
 * correction the validator computed. Unambiguous: the prefix length stays as written.
 */
public class CorrectCidrResolution implements IMarkerResolution2 {

	private final String original;
	private final String corrected;

	public CorrectCidrResolution(String original, String corrected) {
		this.original = original;
		this.corrected = corrected;
	}

	@Override
	public String getLabel() {
		return "Change " + original + " to " + corrected;
	}

	@Override
	public String getDescription() {
		return "Clears the host bits: the network of " + original + " is " + corrected + ".";
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		MarkedFileText.change(marker, document -> {
			if (start >= 0 && end <= document.getLength() && document.get(start, end - start).equals(original)) {
				document.replace(start, end - start, corrected);
			}
		});
	}
}
