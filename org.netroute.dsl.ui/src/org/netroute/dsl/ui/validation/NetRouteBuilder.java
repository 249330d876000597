package org.netroute.dsl.ui.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.netroute.dsl.ui.NetRouteLanguage;
import org.netroute.dsl.ui.ParsedText;

/**
 * Validates saved NetRoute files during the workspace build (full build: every file; incremental:
 * the changed ones), so the Problems view is right for files that are not open in an editor.
 */
public class NetRouteBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.netroute.dsl.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = new ArrayList<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null) {
			getProject().accept(resource -> {
				collect(resource, files);
				return true;
			});
		} else {
			delta.accept(change -> {
				if (change.getKind() != IResourceDelta.REMOVED) {
					collect(change.getResource(), files);
				}
				return true;
			});
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Validating NetRoute files", files.size());
		for (IFile file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(file.getName());
			ProblemMarkers.replace(file, ParsedText.parse(read(file), file.getFullPath().toString())
					.issues(progress::isCanceled), progress.split(1));
		}
		return null;
	}

	private static void collect(IResource resource, List<IFile> files) {
		if (NetRouteLanguage.isNetRouteFile(resource) && resource.isAccessible()) {
			files.add((IFile) resource);
		}
	}

	private static String read(IFile file) throws CoreException {
		try (InputStream contents = file.getContents(true)) {
			return new String(contents.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
	}

}
