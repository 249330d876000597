package org.netroute.dsl.ui.verify;

import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The "NetRoute Counterexamples" view: the verdict of each property of each cluster of the last
 * verified file, each counterexample as a tree of hops. Double-clicking a hop selects the
 * declaration it used; the toolbar opens the run's HTML report.
 */
public class CounterexamplesView extends ViewPart {

	public static final String ID = "org.netroute.dsl.ui.counterexamples";

	private static final int[] COLUMN_WIDTHS = { 220, 110, 380, 55, 120 };

	private TreeViewer viewer;
	private VerificationRun run;
	private final Action openReport = new Action("Open HTML Report") {
		@Override
		public void run() {
			openHtmlReport();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		for (int column = 0; column < ResultRow.COLUMNS.size(); column++) {
			TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer, SWT.LEFT);
			viewerColumn.getColumn().setText(ResultRow.COLUMNS.get(column));
			viewerColumn.getColumn().setWidth(COLUMN_WIDTHS[column]);
			int index = column;
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((ResultRow) element).cell(index);
				}
			});
		}
		viewer.setContentProvider(new RowContentProvider());
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof ResultRow.HopRow hop) {
				revealDeclaration(hop);
			}
		});
		openReport.setToolTipText("Open the HTML report of the last verification (verdicts and a picture of each failing path)");
		openReport.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE));
		openReport.setEnabled(false);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(openReport);
		if (run != null) {
			show(run);
		}
	}

	/** Shows a run (on the UI thread). */
	public void show(VerificationRun run) {
		this.run = run;
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		setContentDescription(run.file().getFullPath() + " - " + EnginesAnswered.of(run.result()));
		viewer.setInput(ResultRow.of(run.result()));
		viewer.expandAll();
		openReport.setEnabled(run.htmlReport().filter(path -> path.toFile().isFile()).isPresent());
	}

	/** The run shown now, if any. */
	public Optional<VerificationRun> run() {
		return Optional.ofNullable(run);
	}

	/** The rows as shown, depth first, each as its cells joined by " | " (what a reader of the view sees). */
	public List<String> visibleRows() {
		List<String> rows = new ArrayList<>();
		if (viewer != null && viewer.getInput() instanceof List<?> top) {
			top.forEach(row -> collect((ResultRow) row, rows));
		}
		return rows;
	}

	/** Whether the toolbar's "Open HTML Report" is enabled. */
	public boolean canOpenHtmlReport() {
		return openReport.isEnabled();
	}

	/** Selects the declaration of a hop in the editor, as a double-click does. */
	public void revealDeclaration(ResultRow.HopRow hop) {
		int line = hop.hop().declaration().map(location -> location.line()).orElse(0);
		if (run == null || line <= 0) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), run.file());
			ITextEditor textEditor = editor.getAdapter(ITextEditor.class);
			if (textEditor == null) {
				return;
			}
			IDocument document = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput());
			IRegion region = document.getLineInformation(line - 1);
			String text = document.get(region.getOffset(), region.getLength());
			int indent = text.length() - text.stripLeading().length();
			textEditor.selectAndReveal(region.getOffset() + indent, text.strip().length());
		} catch (PartInitException | BadLocationException e) {
			Platform.getLog(CounterexamplesView.class).error("Cannot show line " + line, e);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private void openHtmlReport() {
		if (run == null || run.htmlReport().isEmpty()) {
			return;
		}
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(run.htmlReport().get().toUri().toURL());
		} catch (PartInitException | MalformedURLException e) {
			Platform.getLog(CounterexamplesView.class).error("Cannot open the HTML report", e);
		}
	}

	private static void collect(ResultRow row, List<String> rows) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < ResultRow.COLUMNS.size(); column++) {
			cells.add(row.cell(column));
		}
		rows.add(String.join(" | ", cells));
		row.children().forEach(child -> collect(child, rows));
	}

	private static final class RowContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((ResultRow) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((ResultRow) element).children().isEmpty();
		}
	}
}
