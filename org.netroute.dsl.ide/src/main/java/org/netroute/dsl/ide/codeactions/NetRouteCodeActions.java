package org.netroute.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.validation.IssueCodes;

/**
 * Quick fixes as LSP code actions, keyed on the validator's issue codes, for every front end: a
 * CIDR with host bits set becomes its network. The fix is computed from the text in the
 * diagnostic's range, so it is right even when the client does not send the diagnostic's data.
 */
public class NetRouteCodeActions implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		Document document = document(options);
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (document == null) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null
					: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
							: String.valueOf(diagnostic.getCode().getRight());
			if (IssueCodes.HOST_BITS_SET.equals(code)) {
				correctCidr(document, options.getURI(), diagnostic).ifPresent(action -> actions.add(
						Either.forRight(action)));
			}
		}
		return actions;
	}

	/** The document the server holds: given directly by some callers, read through the server by others. */
	private static Document document(Options options) {
		if (options.getDocument() != null || options.getLanguageServerAccess() == null) {
			return options.getDocument();
		}
		try {
			return options.getLanguageServerAccess().doRead(options.getURI(), ILanguageServerAccess.Context::getDocument)
					.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException e) {
			return null;
		}
	}

	private static Optional<CodeAction> correctCidr(Document document, String uri, Diagnostic diagnostic) {
		String written = document.getSubstring(diagnostic.getRange());
		Optional<String> corrected = Ipv4Text.correctedCidr(written).filter(network -> !network.equals(written));
		return corrected.map(network -> {
			CodeAction action = new CodeAction("Change " + written + " to " + network);
			action.setKind(CodeActionKind.QuickFix);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), network)))));
			return action;
		});
	}
}
