package org.netroute.dsl.ide.codeactions;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * The fix for the problems of one issue code. It is computed from the document's text and the
 * problem's range alone, so the language server and Eclipse, which both ask for it, edit alike.
 */
public interface QuickFix {

	/** The edits of one fix, and the title a user chooses it by. */
	record Fix(String title, List<TextEdit> edits) {
	}

	/** The {@link org.netroute.dsl.validation.IssueCodes} code whose problems this fixes. */
	String issueCode();

	/** The fix for the problem at {@code range} of {@code document}, if there is an unambiguous one. */
	Optional<Fix> fix(Document document, Range range);
}
