package org.netroute.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.netroute.dsl.netRoute.Cluster;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's workspace manager, which applies an editor's incremental changes (didChange with
 * ranges) to the document's live resource as well: {@link XtextResource#update} re-parses only the
 * smallest part of the node model around the change. Where that is not worth it or not possible (a
 * change outside any one block, a whole text sent, the live text no longer the document's) the
 * live resource is dropped and the next build parses the document afresh, with the same result.
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

	/**
	 * Whether a change lies inside one block of a cluster (a node, segment, router, firewall, ...),
	 * away from its first and last token: then the partial parser re-parses that block. A change
	 * between blocks or across one's edges makes it re-parse the whole cluster and then unload the
	 * old one object by object, slower than the fresh parse of the next build.
	 */
	private static boolean insideOneBlock(XtextResource resource, int start, int end) {
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, start);
		EObject block = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (block != null && !(block.eContainer() instanceof Cluster)) {
			block = block.eContainer();
		}
		ICompositeNode node = block == null ? null : NodeModelUtils.getNode(block);
		if (node == null) {
			return false;
		}
		ILeafNode first = NodeModelUtils.findLeafNodeAtOffset(node, node.getOffset());
		return first != null && start >= first.getEndOffset() && end < node.getEndOffset() - 1;
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
				if (!insideOneBlock(resource, start, end)) {
					return false;
				}
				resource.update(start, end - start, change.getText());
				document = document.applyTextDocumentChanges(List.of(change));
			}
		} catch (IndexOutOfBoundsException | IllegalStateException outOfStep) {
			return false;
		}
		return document.getContents().equals(resource.getParseResult().getRootNode().getText());
	}
}
