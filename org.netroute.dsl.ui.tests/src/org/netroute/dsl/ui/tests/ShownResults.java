package org.netroute.dsl.ui.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.netroute.checker.report.JsonReport;
import org.netroute.checker.verify.FileResult;

/**
 * Writes the run the Counterexamples view shows as the checker's JSON, to {@code target/results/},
 * where the install-test module's comparison reads it beside the command line's and Maven's.
 */
final class ShownResults {

	private ShownResults() {
	}

	static Path write(String example, FileResult shown) throws IOException {
		Path folder = Path.of(System.getProperty("netroute.results", "target/results"));
		Files.createDirectories(folder);
		Path file = folder.resolve("eclipse-" + example.replace(".netroute", ".json"));
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new JsonReport().write(List.of(shown), writer);
		}
		return file;
	}
}
