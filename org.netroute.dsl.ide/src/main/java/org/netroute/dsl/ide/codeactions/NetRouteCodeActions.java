package org.netroute.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/**
 * Quick fixes as LSP code actions, chosen by the diagnostic's issue code, for every front end:
 * the language server answers clients with them, and Eclipse asks for them in-process. The one
 * place that knows how each code is fixed.
 */
public class NetRouteCodeActions implements ICodeActionService2 {

	private final Map<String, QuickFix> fixes = Stream.of(new CorrectCidr(), new RemoveAutoDirectNodeRoutes())
			.collect(Collectors.toUnmodifiableMap(QuickFix::issueCode, Function.identity()));

	/** The issue codes that have a quick fix. */
	public Set<String> fixedIssueCodes() {
		return fixes.keySet();
	}

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		Document document = document(options);
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (document == null) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			codeAction(document, options.getURI(), diagnostic).ifPresent(action -> actions.add(Either.forRight(action)));
		}
		return actions;
	}

	/**
	 * The quick fix of one diagnostic of the document at {@code uri}, chosen by its issue code; none
	 * when its code has no fix or its range no longer lies in the document. Eclipse asks here
	 * in-process, without LSP's request types.
	 */
	public Optional<CodeAction> codeAction(Document document, String uri, Diagnostic diagnostic) {
		QuickFix fix = diagnostic.getCode() == null ? null : fixes.get(diagnostic.getCode().map(Function.identity(), String::valueOf));
		if (fix == null) {
			return Optional.empty();
		}
		try {
			return fix.fix(document, diagnostic.getRange()).map(found -> action(found, uri, diagnostic));
		} catch (IndexOutOfBoundsException e) {
			return Optional.empty();
		}
	}

	private static CodeAction action(QuickFix.Fix fix, String uri, Diagnostic diagnostic) {
		CodeAction action = new CodeAction(fix.title());
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, fix.edits())));
		return action;
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
}
