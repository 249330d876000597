package org.netroute.releng.installtest.driver;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the scripted user saw, as {@code installed-report.properties} beside the screenshots: the
 * install test reads it and decides; the session itself asserts nothing beyond waiting.
 */
final class SessionReport {

	static final String FILE_NAME = "installed-report.properties";

	private final Path folder;
	private final Properties entries = new Properties();

	SessionReport(Path folder) {
		this.folder = folder;
	}

	Path folder() {
		return folder;
	}

	synchronized void put(String key, String value) {
		entries.setProperty(key, value);
	}

	synchronized void failed(Throwable problem) {
		StringWriter trace = new StringWriter();
		problem.printStackTrace(new PrintWriter(trace));
		entries.setProperty("session", "failed: " + trace);
	}

	synchronized void write() {
		try {
			Files.createDirectories(folder);
			try (Writer writer = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
				entries.store(writer, "what the scripted user saw in the installed product");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
