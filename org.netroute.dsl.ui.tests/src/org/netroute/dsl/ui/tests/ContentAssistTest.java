package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.contentassist.NetRouteContentAssistProcessor;

/** Content assist in the editor, from Xtext's IDE services. */
public class ContentAssistTest {

	@AfterEach
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void keywordPrefixIsCompletedInTheEditorsPopup() throws Exception {
		IFile file = Workbench.file("assist", "prod.netroute", Workbench.resource("two-racks.netroute"));
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		document.replace(document.getLength(), 0, "\nclu");
		editor.selectAndReveal(document.getLength(), 0);

		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		List<String> shown = new ArrayList<>();
		Workbench.waitUntil("the completion popup", () -> {
			shown.clear();
			shown.addAll(popupEntries());
			return !shown.isEmpty() && shown.stream().noneMatch(entry -> entry.startsWith("Computing proposals"));
		});
		assertEquals("cluster", shown.get(0), shown::toString);
		Workbench.screenshot("editor-content-assist");
	}

	@Test
	public void applyingTheProposalCompletesTheWord() throws Exception {
		IFile file = Workbench.file("assist-apply", "prod.netroute", Workbench.resource("two-racks.netroute"));
		ITextEditor editor = Workbench.open(file);
		IDocument document = Workbench.document(editor);
		document.replace(document.getLength(), 0, "\nclu");
		ICompletionProposal[] proposals = new NetRouteContentAssistProcessor()
				.computeCompletionProposals(editor.getAdapter(ITextViewer.class), document.getLength());
		assertEquals(1, proposals.length, List.of(proposals)::toString);
		proposals[0].apply(document);
		assertTrue(document.get().endsWith("\ncluster"), document.get());
	}

	@Test
	public void segmentNamesAreProposedAfterOn() throws Exception {
		String text = Workbench.resource("two-racks.netroute");
		int offset = text.indexOf("192.168.2.11 on ") + "192.168.2.11 on ".length();
		String withoutSegment = text.substring(0, offset) + text.substring(offset + "rack2".length());
		List<String> proposals = NetRouteContentAssistProcessor.entries(withoutSegment, offset).stream()
				.map(entry -> entry.getProposal()).toList();
		assertTrue(proposals.containsAll(List.of("rack1", "rack2")), proposals::toString);
	}

	@Test
	public void proposalsStillComeAfterVerifySetUpTheChecker() throws Exception {
		IFile file = Workbench.file("assist-after-verify", "prod.netroute", Workbench.resource("two-racks.netroute"));
		Workbench.open(file);
		VerifyRuns.verify();
		String text = Workbench.resource("two-racks.netroute") + "\nclu";
		List<String> proposals = NetRouteContentAssistProcessor.entries(text, text.length()).stream()
				.map(entry -> entry.getProposal()).toList();
		assertEquals(List.of("cluster"), proposals);
	}

	private static List<String> popupEntries() {
		List<String> entries = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			collectTables(shell, entries);
			for (Shell child : shell.getShells()) {
				collectTables(child, entries);
			}
		}
		return entries;
	}

	private static void collectTables(Control control, List<String> entries) {
		if (control instanceof Table table && table.isVisible()) {
			for (TableItem item : table.getItems()) {
				entries.add(item.getText());
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTables(child, entries);
			}
		}
	}
}
