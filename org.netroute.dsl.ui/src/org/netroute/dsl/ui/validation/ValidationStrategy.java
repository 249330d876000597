package org.netroute.dsl.ui.validation;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.ui.NetRouteLanguage;
import org.netroute.dsl.ui.ParsedText;

/**
 * Validates the editor's text (not the saved file) whenever typing pauses, and shows the issues
 * as problem markers of the file being edited, so they appear in the Problems view at once.
 */
public class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;
	private IProgressMonitor monitor;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		IFile file = file();
		if (file != null) {
			NetRouteNature.addLater(file.getProject());
		}
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		IFile file = file();
		if (document == null || file == null) {
			return;
		}
		List<Issue> issues = ParsedText.parse(document.get(), file.getFullPath().toString())
				.issues(() -> monitor != null && monitor.isCanceled());
		if (monitor == null || !monitor.isCanceled()) {
			ProblemMarkers.replaceLater(file, issues);
		}
	}

	private IFile file() {
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return NetRouteLanguage.isNetRouteFile(file) && file.exists() ? file : null;
	}
}
