package org.netroute.tests.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.netroute.tests.dsl.LanguageFixture;

/**
 * What the editor and the CLI do with any text: parse, validate with every check, format (through
 * the IDE's formatting service, as the language server and Eclipse do). Fails
 * when a diagnostic names no place or a place outside the text, and when formatting a file that
 * parses breaks it or is not idempotent (format(format(x)) == format(x)).
 */
public final class LanguageOracle {

    private final LanguageFixture language = new LanguageFixture();
    private final FormattingService formatting = language.service(FormattingService.class);

    public void check(String text, HangGuard guard) {
        TextPlaces places = TextPlaces.anyLineEnd(text);
        List<Issue> issues = guard.run("validate", () -> language.issues(text));
        for (Issue issue : issues) {
            Integer line = issue.getLineNumber();
            Integer column = issue.getColumn();
            if (line == null || column == null || !places.containsOneBased(line, column)) {
                throw new AssertionError("diagnostic outside the file (" + places.lines() + " lines): " + line + ":"
                        + column + " " + issue.getMessage());
            }
        }
        XtextResource parsed = guard.run("parse", () -> language.parse(text));
        if (parsed.getParseResult() == null || parsed.getParseResult().hasSyntaxErrors()) {
            return;
        }
        String formatted = guard.run("format", () -> format(parsed, text));
        XtextResource reparsed = guard.run("parse formatted", () -> language.parse(formatted));
        if (reparsed.getParseResult().hasSyntaxErrors()) {
            throw new AssertionError("formatting made a file that parses into one that does not:\n" + formatted);
        }
        String again = guard.run("format again", () -> format(reparsed, formatted));
        if (!again.equals(formatted)) {
            throw new AssertionError("formatting is not idempotent: first\n" + formatted + "\nthen\n" + again);
        }
    }

    /**
     * Formats as editors do, through the IDE's formatting service, and applies its edits (each
     * refers to the text before any of them, so the last one goes first).
     */
    private String format(XtextResource resource, String text) {
        Document document = new Document(1, text);
        List<TextEdit> edits = new ArrayList<>(formatting.format(resource, document, 0, text.length(),
                new FormattingOptions(4, true)));
        edits.sort(Comparator.comparing((TextEdit edit) -> document.getOffSet(edit.getRange().getStart())).reversed());
        StringBuilder formatted = new StringBuilder(text);
        for (TextEdit edit : edits) {
            formatted.replace(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                    edit.getNewText());
        }
        return formatted.toString();
    }
}
