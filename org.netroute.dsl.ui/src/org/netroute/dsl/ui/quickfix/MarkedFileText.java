package org.netroute.dsl.ui.quickfix;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The text of a marked file through the shared file buffer: what an open editor shows, unsaved
 * changes included. A change shows in an open editor (which stays dirty, ready for undo); a file
 * that is not open is saved at once.
 */
final class MarkedFileText {

	/** One change to a document. */
	@FunctionalInterface
	interface Change {
		void apply(IDocument document) throws BadLocationException;
	}

	private MarkedFileText() {
	}

	/** The file's current text; empty if it cannot be read (the failure is logged). */
	static String read(IFile file) {
		StringBuilder text = new StringBuilder();
		withBuffer(file, StatusManager.LOG, buffer -> text.append(buffer.getDocument().get()));
		return text.toString();
	}

	static void change(IFile file, Change change) {
		withBuffer(file, StatusManager.LOG | StatusManager.SHOW, buffer -> {
			boolean openInEditor = buffer.isShared();
			change.apply(buffer.getDocument());
			if (!openInEditor) {
				buffer.commit(null, true);
			}
		});
	}

	@FunctionalInterface
	private interface BufferWork {
		void run(ITextFileBuffer buffer) throws CoreException, BadLocationException;
	}

	private static void withBuffer(IFile file, int failureStyle, BufferWork work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, null);
			try {
				work.run(manager.getTextFileBuffer(path, LocationKind.IFILE));
			} finally {
				manager.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			StatusManager.getManager().handle(Status.error("Quick fix failed on " + path + ": " + e.getMessage(), e), failureStyle);
		}
	}
}
