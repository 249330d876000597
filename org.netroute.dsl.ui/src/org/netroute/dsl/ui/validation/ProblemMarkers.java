package org.netroute.dsl.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * The validator's issues as problem markers on a file: what the editor's ruler, the Problems view
 * and the quick fixes read. The reconciler (as you type) and the builder (on save) both write them;
 * each run replaces the file's previous markers.
 */
public final class ProblemMarkers {

	/** Marker type of static (validator) problems; a subtype of the platform's problem marker. */
	public static final String TYPE = "org.netroute.dsl.ui.problem";

	/** The validator's issue code, e.g. {@code IssueCodes.HOST_BITS_SET}. */
	public static final String ISSUE_CODE = "issueCode";

	/** The validator's issue data, joined by {@link #DATA_SEPARATOR}. */
	public static final String ISSUE_DATA = "issueData";

	static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/** Replaces the file's problem markers now (the caller may hold the file's scheduling rule). */
	public static void replace(IFile file, List<Issue> issues, IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IWorkspaceRunnable update = progress -> {
			file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				file.createMarker(TYPE, attributes(issue));
			}
		};
		file.getWorkspace().run(update, file, IWorkspace.AVOID_UPDATE, monitor);
	}

	/** Replaces the file's problem markers in a workspace job, for callers that must not wait for the workspace. */
	public static void replaceLater(IFile file, List<Issue> issues) {
		WorkspaceJob job = new WorkspaceJob("Updating NetRoute problem markers of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				replace(file, issues, monitor);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ProblemMarkers.class;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	/** The issue data stored with a marker, split again. */
	public static String[] issueData(IMarker marker) {
		String data = marker.getAttribute(ISSUE_DATA, "");
		return data.isEmpty() ? new String[0] : data.split(DATA_SEPARATOR, -1);
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(ISSUE_DATA, String.join(DATA_SEPARATOR, issue.getData()));
		}
		attributes.put(IMarker.SOURCE_ID, NetRouteLanguage.PLUGIN_ID);
		return attributes;
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
