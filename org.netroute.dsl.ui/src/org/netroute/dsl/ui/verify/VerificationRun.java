package org.netroute.dsl.ui.verify;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.netroute.checker.verify.FileResult;

/** What one Verify produced for one file: the verdicts, and the HTML report if it could be written. */
public record VerificationRun(IFile file, FileResult result, Optional<Path> htmlReport) {
}
