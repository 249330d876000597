package org.netroute.tests.ide;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.dsl.ide.codeactions.NetRouteCodeActions;
import org.netroute.dsl.validation.IssueCodes;

/** Each issue code with a quick fix gets a code action from the language server, and its edit fixes the text. */
class CodeActionsTest extends AbstractLanguageServerTest {

	/** A problem of {@code code} in {@code text}, and the text after its quick fix. */
	record Fixable(String code, String text, String fixed) {
		@Override
		public String toString() {
			return code;
		}
	}

	private static final String TUNNEL = "cluster lab {\n    cilium {\n        routing-mode: tunnel\n%s    }\n}\n";

	CodeActionsTest() {
		super("netroute");
	}

	static List<Fixable> fixables() {
		String hostBits = "cluster prod {\n    segment rack1 {\n        cidr: 192.168.1.7/24\n    }\n}\n";
		return List.of(new Fixable(IssueCodes.HOST_BITS_SET, hostBits, hostBits.replace("192.168.1.7/24", "192.168.1.0/24")),
				new Fixable(IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE,
						TUNNEL.formatted("        auto-direct-node-routes: true\n"), TUNNEL.formatted("")));
	}

	@Test
	void everyCodeWithAFixHasAnExample() {
		Set<String> examples = fixables().stream().map(Fixable::code).collect(Collectors.toCollection(TreeSet::new));
		Assertions.assertEquals(new TreeSet<>(new NetRouteCodeActions().fixedIssueCodes()), examples);
	}

	@ParameterizedTest
	@MethodSource("fixables")
	void theCodeActionOfEachFixableCodeFixesTheText(Fixable fixable) throws Exception {
		Assertions.assertEquals(fixable.fixed(), fixedText(fixable.code(), fixable.text()));
	}

	@Test
	void anOptionSharingItsLineIsRemovedAlone() throws Exception {
		String text = TUNNEL.formatted("        mtu: 1450 auto-direct-node-routes: true\n");
		Assertions.assertEquals(TUNNEL.formatted("        mtu: 1450 \n"), fixedText(IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE, text));
	}

	/** Opens {@code text}, asks for the code actions of its one diagnostic of {@code code}, and applies the only one. */
	private String fixedText(String code, String text) throws Exception {
		initialize();
		String uri = writeFile("fix.netroute", text);
		open(uri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(uri).stream()
				.filter(diagnostic -> code.equals(diagnostic.getCode().getLeft())).toList();
		Assertions.assertEquals(1, diagnostics.size(), () -> getDiagnostics().get(uri).toString());
		Diagnostic diagnostic = diagnostics.get(0);
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))).get();
		Assertions.assertEquals(1, actions.size(), actions::toString);
		return new Document(1, text).applyChanges(actions.get(0).getRight().getEdit().getChanges().get(uri)).getContents();
	}
}
