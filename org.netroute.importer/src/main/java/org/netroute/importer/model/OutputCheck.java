package org.netroute.importer.model;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.netroute.importer.Findings;
import org.netroute.importer.source.Origin;

/**
 * Validates the written file with every check of the language before it is handed out, and
 * reports each error or warning at the object or underlay line the offending line was written
 * from, with the written line's number beside it.
 */
public final class OutputCheck {

    private final Language language;

    public OutputCheck(Language language) {
        this.language = language;
    }

    public void check(WrittenFile file, String fileName, Findings findings) {
        XtextResource resource = language.parse(file.text(), fileName);
        for (Issue issue : language.validate(resource)) {
            if (issue.getSeverity() != Severity.ERROR && issue.getSeverity() != Severity.WARNING) {
                continue;
            }
            int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
            ImportedCluster.Source source = file.sourceOf(line);
            Origin origin = source.origin();
            String message = issue.getMessage() + " (line " + line + " of the imported file)";
            if (issue.getSeverity() == Severity.ERROR) {
                findings.error(source.subject(), origin, message);
            } else {
                findings.warning(source.subject(), origin, message);
            }
        }
    }
}
