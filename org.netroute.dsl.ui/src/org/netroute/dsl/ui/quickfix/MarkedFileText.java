package org.netroute.dsl.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Edits the text of a marked file through the shared file buffer: an open editor shows the change
 * (and stays dirty, ready for undo); a file that is not open is saved at once.
 */
final class MarkedFileText {

	/** One change to a document. */
	@FunctionalInterface
	interface Change {
		void apply(IDocument document) throws BadLocationException;
	}

	private MarkedFileText() {
	}

	static void change(IMarker marker, Change change) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = marker.getResource().getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				boolean openInEditor = buffer.isShared();
				change.apply(buffer.getDocument());
				if (!openInEditor) {
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			StatusManager.getManager().handle(Status.error("Quick fix failed on " + path + ": " + e.getMessage(), e),
					StatusManager.LOG | StatusManager.SHOW);
		}
	}

}
