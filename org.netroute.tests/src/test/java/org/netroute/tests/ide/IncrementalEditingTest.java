package org.netroute.tests.ide;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ide.server.NetRouteServerModule;
import org.netroute.dsl.ide.server.OpenResources;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.Node;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Shape;

import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The language server keeps one live resource per open document and applies each incremental
 * change to it with {@code XtextResource.update}: the model outside the change survives (partial
 * parsing ran), and after random edits the diagnostics are exactly those of validating the same
 * text from scratch. In process, with Xtext's synchronous test request manager.
 */
class IncrementalEditingTest extends AbstractLanguageServerTest {

    @Inject
    private OpenResources openResources;

    @Inject
    private WorkspaceManager workspace;

    private int version = 1;

    IncrementalEditingTest() {
        super("netroute");
    }

    @Override
    protected Module getServerModule() {
        // Xtext's test bindings (requests run synchronously) with NetRoute's server bindings over them
        return Modules.override(super.getServerModule()).with(new NetRouteServerModule());
    }

    private static String cluster(int racks, int nodesPerRack, int pods) {
        return NetRouteText.render(RackClusters.generate(Shape.TUNNEL_RACKS, racks, nodesPerRack, pods, List.of()));
    }

    private XtextResource resource(String uri) {
        return openResources.live(URI.createURI(uri)).orElseThrow(() -> new AssertionError("no live resource of " + uri));
    }

    /** Sends one change as an editor with incremental sync does and returns the new text. */
    private String change(String uri, String text, int offset, int length, String replacement) {
        Document document = new Document(version, text);
        Range range = new Range(document.getPosition(offset), document.getPosition(offset + length));
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, replacement);
        change.setRangeLength(length);
        languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
                List.of(change)));
        return text.substring(0, offset) + replacement + text.substring(offset + length);
    }

    @Test
    void anEditReparsesOnlyTheNodeItTouched() {
        initialize();
        String text = cluster(2, 30, 3);
        String uri = writeFile("racks.netroute", text);
        open(uri, text);
        XtextResource resource = resource(uri);
        Cluster cluster = ((Model) resource.getContents().get(0)).getClusters().get(0);
        Node first = cluster.getNodes().get(0);
        Node edited = cluster.getNodes().get(40);
        Assertions.assertEquals("10.1.10.0/24", edited.getPodCidr());
        int offset = text.indexOf("pod-cidr: 10.1.10.0/24") + "pod-cidr: 10.1.10.".length();

        change(uri, text, offset, 1, "5");

        assertSame(resource, resource(uri), "the same live resource, not one parsed afresh");
        assertSame(cluster, ((Model) resource.getContents().get(0)).getClusters().get(0), "the cluster object survived");
        assertSame(first, cluster.getNodes().get(0), "a node far from the edit survived: only a part was re-parsed");
        Assertions.assertEquals("10.1.10.5/24", cluster.getNodes().get(40).getPodCidr());
        List<Diagnostic> diagnostics = getDiagnostics().get(uri);
        Assertions.assertEquals(1, diagnostics.size(), diagnostics::toString);
        Assertions.assertEquals("org.netroute.dsl.hostBitsSet", diagnostics.get(0).getCode().getLeft());
    }

    @Test
    void theIndexHoldsTheClusterAndItsBlocksNotTheirPods() {
        initialize();
        String text = cluster(2, 10, 3);
        String uri = writeFile("index.netroute", text);
        open(uri, text);
        List<String> exported = new ArrayList<>();
        for (IEObjectDescription description : workspace.getIndex().getResourceDescription(URI.createURI(uri))
                .getExportedObjects()) {
            exported.add(description.getEClass().getName() + " " + description.getName().getLastSegment());
        }
        // the cluster, 2 segments, the core router, 20 nodes; none of their 60 pods and 2 interfaces
        Assertions.assertEquals(1 + 2 + 1 + 20, exported.size(), exported::toString);
        Assertions.assertTrue(exported.contains("Node r1n9"), exported::toString);
        Assertions.assertTrue(exported.stream().noneMatch(name -> name.startsWith("Pod ")), exported::toString);
    }

    @Test
    void afterRandomEditsTheDiagnosticsAreThoseOfAFullValidation() throws IOException {
        initialize();
        String text = cluster(3, 6, 2);
        String uri = writeFile("random.netroute", text);
        open(uri, text);
        Random random = new Random(24);
        int updated = 0;
        String original = text;
        String[] insertions = {"\n", " ", "0", "5", "/24", ".", ":", "node extra { pod-cidr: 10.0.0.0/24 }\n",
                "pod x 10.0.0.10\n", "mtu: 1400 ", "segment rack0 { cidr: 172.16.0.0/24 }\n", "address: 172.16.0.10 on rack9\n"};
        for (int edit = 0; edit < 60; edit++) {
            if (edit % 10 == 0) {
                // a fresh start every ten edits (as an undo of everything would): broken braces break all that follows
                text = change(uri, text, 0, text.length(), original);
            }
            XtextResource before = openResources.live(URI.createURI(uri)).orElse(null);
            int offset = random.nextInt(text.length());
            int kind = random.nextInt(6);
            if (kind <= 2 && Character.isDigit(text.charAt(offset))) {
                text = change(uri, text, offset, 1, String.valueOf(random.nextInt(10)));
            } else if (kind <= 2) {
                text = change(uri, text, offset, 0, String.valueOf(random.nextInt(10)));
            } else if (kind == 3) {
                int end = Math.min(text.length(), offset + 1 + random.nextInt(kind == 3 && random.nextBoolean() ? 30 : 4));
                text = change(uri, text, offset, end - offset, "");
            } else {
                text = change(uri, text, offset, 0, insertions[random.nextInt(insertions.length)]);
            }
            Assertions.assertEquals(fromScratch(text), published(uri), "after edit " + edit + " of\n" + text);
            updated += before != null && before == resource(uri) ? 1 : 0;
        }
        // both ways were taken: edits inside a block updated the live resource, the others parsed afresh
        Assertions.assertTrue(updated >= 15 && updated < 60, updated + " of 60 edits went through XtextResource.update");
    }

    private List<String> published(String uri) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : getDiagnostics().get(uri)) {
            lines.add(diagnostic.getRange().getStart().getLine() + ":" + diagnostic.getRange().getStart().getCharacter()
                    + " " + diagnostic.getSeverity().getValue() + " "
                    + (diagnostic.getCode() == null ? "" : diagnostic.getCode().getLeft()) + " " + diagnostic.getMessage().getLeft());
        }
        lines.sort(null);
        return lines;
    }

    /** The text validated in a resource set of its own, the issues as the server words them. */
    private List<String> fromScratch(String text) throws IOException {
        IResourceServiceProvider language = resourceServerProviderRegistry
                .getResourceServiceProvider(URI.createURI("scratch.netroute"));
        XtextResourceSet set = language.get(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("scratch.netroute"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        List<String> lines = new ArrayList<>();
        for (Issue issue : language.getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            if (issue.getSeverity() == Severity.IGNORE) {
                continue;
            }
            int severity = switch (issue.getSeverity()) {
                case ERROR -> 1;
                case WARNING -> 2;
                case INFO -> 3;
                default -> 4;
            };
            lines.add(Math.max(0, issue.getLineNumber() - 1) + ":" + Math.max(0, issue.getColumn() - 1) + " " + severity + " "
                    + (issue.getCode() == null ? "" : issue.getCode()) + " " + issue.getMessage());
        }
        lines.sort(null);
        return lines;
    }
}
