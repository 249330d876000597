package org.netroute.importer;

import java.util.Optional;

/**
 * The outcome of an import: the .netroute text, present only when nothing stopped it and the
 * text passed every check of the language, and the summary in either case.
 */
public record ImportResult(Optional<String> text, ImportSummary summary) {

    public boolean succeeded() {
        return text.isPresent();
    }
}
