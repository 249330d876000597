package org.netroute.dsl.ui.importwizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.netroute.dsl.ui.NetRouteLanguage;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportRequest;
import org.netroute.importer.ImportResult;
import org.netroute.importer.Importer;

/**
 * Runs the importer's one pipeline (the command line's) into a workspace file: the file is written
 * only when the import succeeded, and an existing file only when the user allowed it. What the
 * import assumed and left out goes to the Error Log, as the command line prints it.
 */
public final class WorkspaceImport {

	/** What the wizard shows afterwards: whether the file was written, and the summary's lines. */
	public record Outcome(boolean written, List<String> lines) {

		public Outcome {
			lines = List.copyOf(lines);
		}
	}

	private final Importer importer;

	public WorkspaceImport() {
		this(new Importer(NetRouteLanguage.injector()));
	}

	WorkspaceImport(Importer importer) {
		this.importer = importer;
	}

	public Outcome run(ImportRequest request, IFile target, boolean overwrite, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing Cilium cluster objects", 3);
		if (target.exists() && !overwrite) {
			return new Outcome(false, List.of(target.getFullPath() + " exists: tick 'Overwrite an existing file' to replace it"));
		}
		ImportResult result = importer.run(request);
		progress.worked(2);
		List<String> lines = new ArrayList<>(result.summary().lines());
		log(target, result);
		if (!result.succeeded()) {
			return new Outcome(false, lines);
		}
		byte[] bytes = result.text().get().getBytes(StandardCharsets.UTF_8);
		create(target.getParent(), progress.split(0));
		if (target.exists()) {
			target.setContents(new ByteArrayInputStream(bytes), true, true, progress.split(1));
		} else {
			target.create(new ByteArrayInputStream(bytes), true, progress.split(1));
		}
		target.setCharset(StandardCharsets.UTF_8.name(), null);
		return new Outcome(true, lines);
	}

	private static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}

	/** The summary as one entry of the Error Log, a child per finding. */
	private static void log(IFile target, ImportResult result) {
		List<Finding> findings = result.summary().findings();
		int severity = result.succeeded() ? (findings.isEmpty() ? IStatus.INFO : IStatus.WARNING) : IStatus.ERROR;
		MultiStatus status = new MultiStatus(NetRouteLanguage.PLUGIN_ID, 0, "NetRoute import into " + target.getFullPath()
				+ (result.succeeded() ? "" : " failed") + ": " + String.join("; ", result.summary().lines().subList(0,
						Math.min(2, result.summary().lines().size()))), null);
		for (Finding finding : findings) {
			status.add(new Status(finding.isError() ? IStatus.ERROR : finding.severity() == Finding.Severity.WARNING
					? IStatus.WARNING : IStatus.INFO, NetRouteLanguage.PLUGIN_ID, finding.severity().word() + ": " + finding));
		}
		if (severity != IStatus.INFO || !findings.isEmpty()) {
			Platform.getLog(WorkspaceImport.class).log(status);
		}
	}
}
