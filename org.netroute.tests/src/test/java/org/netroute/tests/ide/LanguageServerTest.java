package org.netroute.tests.ide;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.junit.jupiter.api.Test;

/** The Xtext language server, in process, speaking LSP about .netroute files. */
class LanguageServerTest extends AbstractLanguageServerTest {

	LanguageServerTest() {
		super("netroute");
	}

	private List<String> completionLabels(String uri, int line, int column) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = languageServer
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, column))).get();
		return (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream().map(CompletionItem::getLabel)
				.collect(Collectors.toList());
	}

	@Test
	void initializeAnnouncesCompletionAndSemanticTokens() {
		InitializeResult result = initialize();
		assertNotNull(result.getCapabilities().getCompletionProvider());
		assertNotNull(result.getCapabilities().getSemanticTokensProvider());
	}

	@Test
	void didOpenPublishesValidationDiagnosticsWithPositions() {
		initialize();
		String text = "cluster prod {\n    segment rack1 {\n        cidr: 192.168.1.7/24\n    }\n}\n";
		String uri = writeFile("hostbits.netroute", text);
		open(uri, text);
		List<Diagnostic> diagnostics = getDiagnostics().get(uri);
		Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
		Diagnostic diagnostic = diagnostics.get(0);
		Assertions.assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
		Assertions.assertEquals(2, diagnostic.getRange().getStart().getLine());
		Assertions.assertEquals(14, diagnostic.getRange().getStart().getCharacter());
		assertTrue(diagnostic.getMessage().getLeft().contains("the network is 192.168.1.0/24"), diagnostic.getMessage().getLeft());
	}

	@Test
	void completionAtTopLevelOffersCluster() throws Exception {
		initialize();
		String uri = writeFile("empty.netroute", "");
		open(uri, "");
		Assertions.assertEquals(List.of("cluster"), completionLabels(uri, 0, 0));
	}

	@Test
	void completionInsideAClusterOffersItsDeclarations() throws Exception {
		initialize();
		String text = "cluster prod {\n    \n}\n";
		String uri = writeFile("inside.netroute", text);
		open(uri, text);
		List<String> labels = completionLabels(uri, 1, 4);
		assertTrue(labels.containsAll(List.of("cilium", "segment", "node", "router", "firewall", "bgp")), labels::toString);
		assertFalse(labels.contains("pod"), labels::toString);
	}

	@Test
	void completionInsideCiliumOffersItsOptions() throws Exception {
		initialize();
		String text = "cluster prod {\n    cilium {\n        \n    }\n}\n";
		String uri = writeFile("cilium.netroute", text);
		open(uri, text);
		List<String> labels = completionLabels(uri, 2, 8);
		assertTrue(labels.containsAll(List.of("routing-mode", "tunnel-protocol", "auto-direct-node-routes", "ipv4-native-routing-cidr")),
				labels::toString);
		assertFalse(labels.contains("segment"), labels::toString);
	}

	@Test
	void completionAfterTunnelProtocolOffersCiliumsProtocols() throws Exception {
		initialize();
		String text = "cluster prod {\n    cilium {\n        tunnel-protocol: \n    }\n}\n";
		String uri = writeFile("protocol.netroute", text);
		open(uri, text);
		List<String> labels = completionLabels(uri, 2, 25);
		assertTrue(labels.containsAll(List.of("vxlan", "geneve")), labels::toString);
	}

	@Test
	void completionAfterOnOffersTheClustersSegments() throws Exception {
		initialize();
		String text = "cluster prod {\n    segment rack1 {\n        cidr: 10.1.0.0/24\n    }\n    segment rack2 {\n        cidr: 10.2.0.0/24\n    }\n"
				+ "    node n1 {\n        address: 10.1.0.5 on \n    }\n}\n";
		String uri = writeFile("segments.netroute", text);
		open(uri, text);
		List<String> labels = completionLabels(uri, 8, 29);
		assertTrue(labels.containsAll(List.of("rack1", "rack2")), labels::toString);
	}

	@Test
	void completionOfAPeeringsNodesWritesEachNameAsItMustBeWritten() throws Exception {
		initialize();
		String text = "cluster prod {\n    segment s { cidr: 10.1.0.0/24 }\n    router tor { interface e 10.1.0.1 on s }\n"
				+ "    node ip-10-1-0-5.ec2.internal { address: 10.1.0.5 on s }\n    node \"10.1.0.6\" { address: 10.1.0.6 on s }\n"
				+ "    bgp { peer tor for  }\n}\n";
		String uri = writeFile("peering.netroute", text);
		open(uri, text);
		List<String> labels = completionLabels(uri, 5, 23);
		assertTrue(labels.containsAll(List.of("ip-10-1-0-5.ec2.internal", "\"10.1.0.6\"")), labels::toString);
	}

	@Test
	void semanticTokensMarkTheNodeName() throws Exception {
		initialize();
		String text = "cluster prod {\n    node worker1 {\n    }\n}\n";
		String uri = writeFile("tokens.netroute", text);
		open(uri, text);
		SemanticTokens tokens = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		List<Integer> data = tokens.getData();
		// LSP relative encoding, five integers per token: the cluster name, then the node name on the next line
		Assertions.assertEquals(10, data.size(), data::toString);
		Assertions.assertEquals(List.of(1, 9, 7), data.subList(5, 8));
	}

	private static final String TWO_NODES = "cluster prod {\n    segment rack1 {\n        cidr: 10.1.0.0/24\n        mtu: 9000\n    }\n"
			+ "    node n1 {\n        address: 10.1.0.5 on rack1\n        pod-cidr: 10.244.1.0/24\n    }\n}\n";

	@Test
	void hoverOnAnAddressNamesItsDeviceAndSegment() throws Exception {
		initialize();
		String uri = writeFile("hover.netroute", TWO_NODES);
		open(uri, TWO_NODES);
		Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 21))).get();
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("10.1.0.5 is the address of node 'n1'"), text);
		assertTrue(text.contains("On segment 'rack1' (10.1.0.0/24, MTU 9000)"), text);
		Assertions.assertEquals(new Position(6, 17), hover.getRange().getStart());
		Assertions.assertEquals(new Position(6, 25), hover.getRange().getEnd());
	}

	@Test
	void aCidrWithHostBitsGetsACodeActionThatWritesItsNetwork() throws Exception {
		InitializeResult result = initialize();
		assertNotNull(result.getCapabilities().getCodeActionProvider());
		String text = "cluster prod {\n    segment rack1 {\n        cidr: 192.168.1.7/24\n    }\n}\n";
		String uri = writeFile("fix.netroute", text);
		open(uri, text);
		Diagnostic diagnostic = getDiagnostics().get(uri).get(0);
		Assertions.assertEquals("org.netroute.dsl.hostBitsSet", diagnostic.getCode().getLeft());
		List<Either<Command, CodeAction>> actions = languageServer.codeAction(new CodeActionParams(
				new TextDocumentIdentifier(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))).get();
		Assertions.assertEquals(1, actions.size(), actions::toString);
		CodeAction action = actions.get(0).getRight();
		Assertions.assertEquals("Change 192.168.1.7/24 to 192.168.1.0/24", action.getTitle());
		TextEdit edit = action.getEdit().getChanges().get(uri).get(0);
		Assertions.assertEquals("192.168.1.0/24", edit.getNewText());
		Assertions.assertEquals(diagnostic.getRange(), edit.getRange());
	}
}
