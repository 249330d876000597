package org.netroute.tests.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository's examples/ folder, which every test of the language and the checkers reads. */
public final class Examples {

	private Examples() {
	}

	public static Path folder() {
		return Path.of(System.getProperty("netroute.root", "..")).resolve("examples").toAbsolutePath().normalize();
	}

	public static List<Path> all() {
		try (Stream<Path> files = Files.walk(folder())) {
			return files.filter(p -> p.toString().endsWith(".netroute")).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
