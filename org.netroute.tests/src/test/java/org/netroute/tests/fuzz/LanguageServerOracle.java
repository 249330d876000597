package org.netroute.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.inject.Guice;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.netroute.dsl.ide.server.NetRouteServerModule;

/**
 * The language server as an editor drives it, in process: open a document, edit it at random
 * places, ask for completion, hover, formatting and semantic tokens at random offsets, close it.
 * Fails when a request fails or does not answer, when the server logs an error, or when the
 * diagnostics it publishes for the last text name a range outside that text. Edits and requests
 * count lines as the server does (only "\n" ends one, as in Neovim); {@link #sweep} also asks at
 * lines that only a lone "\r" ends, as an editor that counts those would. One server serves
 * every input of a run, as one editor session serves many files.
 */
public final class LanguageServerOracle implements AutoCloseable {

    private static final String[] INSERTIONS = {"{", "}", " ", "\n", "node", "cluster x {", "pod", ":", "on",
            "10.0.0.1", "/24", "\"", "//", "/*", "é", "\u0000", "segment s { cidr: 10.9.0.0/16 }", "."};

    private final Path root;
    private final LanguageServerImpl server;
    private final RecordingClient client = new RecordingClient();
    private final ServerErrors errors = new ServerErrors();
    private int documents;

    public LanguageServerOracle() {
        try {
            root = Files.createTempDirectory("netroute-fuzz-lsp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Logger.getRootLogger().addAppender(errors);
        server = Guice.createInjector(NetRouteServerModule.server()).getInstance(LanguageServerImpl.class);
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setRootUri(root.toUri().toString());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "fuzz")));
        params.setCapabilities(new ClientCapabilities());
        answer("initialize", server.initialize(params));
        server.initialized(new InitializedParams());
    }

    public void check(String initialText, Choices choices) {
        String uri = root.resolve("document" + (documents++) + ".netroute").toUri().toString();
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        String text = initialText;
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "netroute", 1, text)));
        try {
            int version = 1;
            for (int step = 1 + choices.below(6); step > 0; step--) {
                switch (choices.below(6)) {
                    case 0, 1 -> text = edit(uri, ++version, text, choices);
                    case 2 -> answer("completion", server.completion(new CompletionParams(document,
                            position(text, choices))));
                    case 3 -> answer("hover", server.hover(new HoverParams(document, position(text, choices))));
                    case 4 -> answer("formatting", server.formatting(new DocumentFormattingParams(document,
                            new FormattingOptions(4, true))));
                    default -> answer("semantic tokens", server.semanticTokensFull(new SemanticTokensParams(document)));
                }
            }
            // a read request waits for the build of the last edit, which published its diagnostics
            answer("hover", server.hover(new HoverParams(document, position(text, choices))));
            // the server's diagnostics take their lines from the node model, which ends lines at a lone
            // "\r" too, and their characters partly from the document, which does not: where a lone
            // "\r" ends a line the two disagree (Xtext's, README "Fuzzing"), so only other texts are held to it
            TextPlaces places = TextPlaces.anyLineEnd(text);
            if (places.lines() == TextPlaces.newlineOnly(text).lines()) {
                for (Diagnostic diagnostic : client.diagnostics(uri)) {
                    Range range = diagnostic.getRange();
                    for (Position end : List.of(range.getStart(), range.getEnd())) {
                        if (!places.containsZeroBasedOrInsideLineBreak(end.getLine(), end.getCharacter())) {
                            throw new AssertionError("the language server published a diagnostic outside the document ("
                                    + places.lines() + " lines): " + range + " " + diagnostic.getMessage());
                        }
                    }
                }
            }
        } finally {
            server.didClose(new DidCloseTextDocumentParams(document));
            client.forget(uri);
        }
        List<String> logged = errors.take();
        if (!logged.isEmpty()) {
            throw new AssertionError("the language server logged errors:\n" + String.join("\n", logged));
        }
    }

    /**
     * Formatting, semantic tokens, and hover and completion at the start and the end of every line:
     * for replaying a failing input without the random choices that found it.
     */
    public void sweep(String text) {
        String uri = root.resolve("document" + (documents++) + ".netroute").toUri().toString();
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "netroute", 1, text)));
        try {
            answer("formatting", server.formatting(new DocumentFormattingParams(document, new FormattingOptions(4, true))));
            answer("semantic tokens", server.semanticTokensFull(new SemanticTokensParams(document)));
            TextPlaces places = TextPlaces.anyLineEnd(text);
            for (int line = 0; line < places.lines(); line++) {
                for (Position position : List.of(new Position(line, 0), new Position(line, places.lineLength(line)))) {
                    answer("hover", server.hover(new HoverParams(document, position)));
                    answer("completion", server.completion(new CompletionParams(document, position)));
                }
            }
        } finally {
            server.didClose(new DidCloseTextDocumentParams(document));
            client.forget(uri);
        }
        List<String> logged = errors.take();
        if (!logged.isEmpty()) {
            throw new AssertionError("errors were logged (failures Xtext caught and only logged, during this input):\n"
                    + String.join("\n", logged));
        }
    }

    /** Replaces a random range (often empty: an insertion) with a random fragment or nothing, as typing does. */
    private String edit(String uri, int version, String text, Choices choices) {
        TextPlaces places = TextPlaces.newlineOnly(text);
        int start = places.caret(choices.below(text.length() + 1));
        int end = places.caret(Math.max(start, Math.min(text.length(), start + (choices.oneIn(2) ? 0 : choices.below(20)))));
        String inserted = choices.oneIn(4) ? "" : choices.oneOf(INSERTIONS);
        Range range = new Range(position(places, start), position(places, end));
        server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, inserted))));
        return text.substring(0, start) + inserted + text.substring(end);
    }

    private static Position position(String text, Choices choices) {
        TextPlaces places = TextPlaces.newlineOnly(text);
        return position(places, places.caret(choices.below(text.length() + 1)));
    }

    private static Position position(TextPlaces places, int offset) {
        int line = places.lineOf(offset);
        return new Position(line, offset - places.lineStart(line));
    }

    private static <T> T answer(String request, CompletableFuture<T> future) {
        try {
            return future.get(HangGuard.DEFAULT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the language server's " + request + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("hang: the language server's " + request + " did not answer within "
                    + HangGuard.DEFAULT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Logger.getRootLogger().removeAppender(errors);
        answer("shutdown", server.shutdown());
    }
}
