package org.netroute.dsl.ui.quickfix;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;

/**
 * The .ide module's code action for a problem, offered as an Eclipse quick fix. When chosen, the
 * action is asked for again on the file's current text, so an edit made since the marker was
 * drawn is never overwritten: if the problem's text changed, the fix no longer applies.
 */
class CodeActionResolution implements IMarkerResolution2 {

	private final MarkedProblem problem;
	private final String title;

	CodeActionResolution(MarkedProblem problem, String title) {
		this.problem = problem;
		this.title = title;
	}

	@Override
	public String getLabel() {
		return title;
	}

	@Override
	public String getDescription() {
		return title;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		MarkedFileText.change(problem.file(), document -> {
			Optional<CodeAction> action = problem.codeAction(document.get()).filter(found -> title.equals(found.getTitle()));
			if (action.isPresent()) {
				apply(problem.edits(action.get()), document);
			}
		});
	}

	/** Applies LSP edits, whose ranges all refer to the text before any of them, from the last to the first. */
	private static void apply(List<TextEdit> edits, IDocument document) throws BadLocationException {
		record Replacement(ITextRegion region, String text) {
		}
		Document positions = new Document(1, document.get());
		List<Replacement> lastFirst = edits.stream()
				.map(edit -> new Replacement(positions.getTextRegion(edit.getRange()), edit.getNewText()))
				.sorted(Comparator.comparingInt((Replacement replacement) -> replacement.region().getOffset()).reversed())
				.toList();
		for (Replacement replacement : lastFirst) {
			document.replace(replacement.region().getOffset(), replacement.region().getLength(), replacement.text());
		}
	}
}
