package org.netroute.dsl.ui.outline;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.netroute.dsl.ui.ParsedText;

/**
 * The Outline view's page for a NetRoute editor: clusters with their segments, routers and nodes.
 * It follows the editor's text (refreshed shortly after typing stops) and selecting an entry
 * selects the declaration's name in the editor.
 */
public class NetRouteOutlinePage extends ContentOutlinePage {

	private static final int REFRESH_DELAY_MILLIS = 500;

	private final ITextEditor editor;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the text after the change matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh();
		}
	};
	private final Runnable refresh = this::refresh;
	private IDocument document;

	public NetRouteOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new EntryContentProvider());
		viewer.setLabelProvider(LabelProvider.createTextProvider(element -> ((OutlineEntry) element).label()));
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		refresh();
	}

	/** The entries shown now (for tests and for the view's own refresh). */
	public List<OutlineEntry> entries() {
		Object input = getTreeViewer() == null ? null : getTreeViewer().getInput();
		@SuppressWarnings("unchecked")
		List<OutlineEntry> entries = input instanceof List<?> list ? (List<OutlineEntry>) list : List.of();
		return entries;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineEntry entry) {
			editor.selectAndReveal(entry.offset(), entry.length());
		}
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		super.dispose();
	}

	private void scheduleRefresh() {
		Display display = getControl() == null || getControl().isDisposed() ? null : getControl().getDisplay();
		if (display != null) {
			display.timerExec(-1, refresh);
			display.timerExec(REFRESH_DELAY_MILLIS, refresh);
		}
	}

	/** Re-reads the editor's text now. */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || document == null) {
			return;
		}
		List<OutlineEntry> entries = ParsedText.parse(document.get(), "outline").model().map(OutlineTree::of).orElse(List.of());
		viewer.setInput(entries);
		viewer.expandAll();
	}

	private static final class EntryContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineEntry) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineEntry) element).children().isEmpty();
		}
	}
}
