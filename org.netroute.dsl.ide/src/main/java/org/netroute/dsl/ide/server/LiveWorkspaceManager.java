package org.netroute.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's workspace manager, which applies an editor's incremental changes (didChange with
 * ranges) to the document's live resource as well: {@link XtextResource#update} re-parses only the
 * smallest part of the node model around the change. Where a change cannot be applied so (a whole
 * text sent, or the live text no longer the document's) the live resource is dropped and the next
 * build parses the document afresh, so the result is the same either way.
 */
@Singleton
public class LiveWorkspaceManager extends WorkspaceManager {

	@Inject
	private OpenResources openResources;

	@Override
	public Buildable didOpen(URI uri, Integer version, String contents) {
		openResources.opened(uri);
		return super.didOpen(uri, version, contents);
	}

	@Override
	public Buildable didClose(URI uri) {
		openResources.closed(uri);
		return super.didClose(uri);
	}

	@Override
	public Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Document before = getOpenDocuments().get(uri);
		openResources.live(uri).ifPresent(resource -> {
			if (before == null || !update(resource, before, changes)) {
				openResources.forget(uri);
			}
		});
		return super.didChangeTextDocumentContent(uri, version, changes);
	}

	/** Applies the changes one by one, as the document does; whether the live text is then the document's. */
	private static boolean update(XtextResource resource, Document before, Iterable<TextDocumentContentChangeEvent> changes) {
		if (!resource.isLoaded() || resource.getParseResult() == null) {
			return false;
		}
		Document document = before;
		try {
			for (TextDocumentContentChangeEvent change : changes) {
				if (change.getRange() == null) {
					return false;
				}
				int start = document.getOffSet(change.getRange().getStart());
				int end = document.getOffSet(change.getRange().getEnd());
				resource.update(start, end - start, change.getText());
				document = document.applyTextDocumentChanges(List.of(change));
			}
		} catch (IndexOutOfBoundsException | IllegalStateException outOfStep) {
			return false;
		}
		return document.getContents().equals(resource.getParseResult().getRootNode().getText());
	}
}
