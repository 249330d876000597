package org.netroute.dsl.ui.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.netroute.dsl.ide.codeactions.NetRouteCodeActions;
import org.netroute.dsl.ui.NetRouteLanguage;
import org.netroute.dsl.ui.validation.ProblemMarkers;

/**
 * A problem marker as the .ide module's code-action service sees it: an LSP diagnostic with the
 * validator's issue code and the marker's range. Eclipse asks that service in-process, as a
 * language client asks the server, so both front ends get the same fix from one place.
 */
record MarkedProblem(IFile file, String issueCode, int start, int end, String message) {

	/** The problem a marker shows, read now: validation may replace the marker before a fix runs. */
	static MarkedProblem of(IMarker marker) {
		return new MarkedProblem((IFile) marker.getResource(), marker.getAttribute(ProblemMarkers.ISSUE_CODE, ""),
				marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.CHAR_END, -1),
				marker.getAttribute(IMarker.MESSAGE, ""));
	}

	/** The quick fix of this problem in {@code text}; none if the marker's range no longer lies in it. */
	Optional<CodeAction> codeAction(String text) {
		if (issueCode.isEmpty() || start < 0 || end < start || end > text.length()) {
			return Optional.empty();
		}
		Document document = new Document(1, text);
		Diagnostic diagnostic = new Diagnostic(new Range(document.getPosition(start), document.getPosition(end)), message,
				DiagnosticSeverity.Error, NetRouteLanguage.PLUGIN_ID, issueCode);
		return NetRouteLanguage.injector().getInstance(NetRouteCodeActions.class).codeAction(document, uri(), diagnostic);
	}

	/** The edits of this problem's code action to its file. */
	List<TextEdit> edits(CodeAction action) {
		return action.getEdit() == null ? List.of() : action.getEdit().getChanges().getOrDefault(uri(), List.of());
	}

	private String uri() {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true).toString();
	}
}
