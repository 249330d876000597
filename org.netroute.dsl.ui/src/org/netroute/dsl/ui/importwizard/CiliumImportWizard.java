package org.netroute.dsl.ui.importwizard;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.netroute.importer.ImportRequest;
import org.netroute.importer.source.ObjectSources;

/**
 * <i>File &gt; Import &gt; NetRoute &gt; Cilium cluster objects</i>: the command line's import of
 * files, folders and sysdumps into a workspace file, which then opens in the editor. A live cluster
 * stays with the command line, which keeps the Kubernetes client out of Eclipse.
 */
public final class CiliumImportWizard extends Wizard implements IImportWizard {

	/** The wizard's id in plugin.xml. */
	public static final String ID = "org.netroute.dsl.ui.ciliumImport";

	private IWorkbench workbench;
	private CiliumImportPage page;
	private IContainer initialFolder;
	private WorkspaceImport.Outcome lastOutcome;

	public CiliumImportWizard() {
		setWindowTitle("Import Cilium Cluster Objects");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		if (resource instanceof IContainer container) {
			initialFolder = container;
		} else if (resource != null) {
			initialFolder = resource.getParent();
		}
	}

	@Override
	public void addPages() {
		page = new CiliumImportPage(initialFolder);
		addPage(page);
	}

	public CiliumImportPage page() {
		return page;
	}

	/** The outcome of the last Finish, for the UI tests. */
	public WorkspaceImport.Outcome lastOutcome() {
		return lastOutcome;
	}

	@Override
	public boolean performFinish() {
		IFile target = page.destination();
		ImportRequest request = ImportRequest.of(page.sources().stream().map(ObjectSources::of).toList())
				.withSegmentPrefix(page.segmentPrefix());
		if (page.underlay().isPresent()) {
			request = request.withUnderlay(page.underlay().get());
		}
		ImportRequest finalRequest = request;
		boolean overwrite = page.overwrite();
		AtomicReference<WorkspaceImport.Outcome> outcome = new AtomicReference<>();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					outcome.set(new WorkspaceImport().run(finalRequest, target, overwrite, monitor));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			page.setErrorMessage("The import failed: " + cause.getMessage());
			Platform.getLog(CiliumImportWizard.class).error("NetRoute import failed", cause);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		lastOutcome = outcome.get();
		page.showSummary(lastOutcome.lines());
		if (!lastOutcome.written()) {
			page.setErrorMessage(lastOutcome.lines().stream().filter(line -> line.startsWith("error: ") || line.contains("exists:"))
					.findFirst().orElse("The import failed: see the summary"));
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), target);
			} catch (PartInitException e) {
				Platform.getLog(CiliumImportWizard.class).error("Cannot open " + target.getFullPath(), e);
			}
		}
		return true;
	}
}
