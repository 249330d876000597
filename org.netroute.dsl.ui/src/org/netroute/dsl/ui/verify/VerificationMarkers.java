package org.netroute.dsl.ui.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IRegion;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * Markers on the declarations a counterexample involves: errors for violated properties, warnings
 * for undecided ones. Their own type, so the validator's markers and these do not erase each
 * other; each Verify replaces the previous run's.
 */
public final class VerificationMarkers {

	/** Marker type of verification results; a subtype of the platform's problem marker. */
	public static final String TYPE = "org.netroute.dsl.ui.verification";

	private VerificationMarkers() {
	}

	/**
	 * Replaces the file's verification markers in a workspace job (the file's rule is taken only
	 * for that moment), then runs {@code then}.
	 *
	 * @param text the text that was verified, to place markers on the right characters
	 */
	public static void replaceLater(IFile file, String text, List<Involvement> involvements, Runnable then) {
		Document document = new Document(text);
		WorkspaceJob job = new WorkspaceJob("Marking NetRoute counterexamples in " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
					for (Involvement involvement : involvements) {
						file.createMarker(TYPE, attributes(involvement, document));
					}
				}
				then.run();
				return Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	private static Map<String, Object> attributes(Involvement involvement, Document document) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, involvement.message());
		attributes.put(IMarker.SEVERITY, involvement.violated() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
		attributes.put(IMarker.LINE_NUMBER, involvement.line());
		attributes.put(IMarker.SOURCE_ID, NetRouteLanguage.PLUGIN_ID);
		try {
			IRegion line = document.getLineInformation(involvement.line() - 1);
			String lineText = document.get(line.getOffset(), line.getLength());
			int indent = lineText.length() - lineText.stripLeading().length();
			attributes.put(IMarker.CHAR_START, line.getOffset() + indent);
			attributes.put(IMarker.CHAR_END, line.getOffset() + lineText.stripTrailing().length());
		} catch (BadLocationException e) {
			// a line outside the text: the marker keeps its line number only
		}
		return attributes;
	}
}
