package org.netroute.releng.installtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one run of the install test writes under {@code target/}: the copy of the plain
 * Eclipse, its workspace, the file the user opens, SWT's native libraries, the processes' logs,
 * the scripted user's report and screenshots. All of it is deleted when a run starts, so that
 * whatever an earlier build left in {@code target/} (no {@code clean} is needed) can neither be
 * reused nor be read as this run's evidence.
 */
final class RunOutputs {

	static final String REPORT = "installed-report.properties";
	private static final String SCREENSHOT_PREFIX = "installed-";
	private static final String SCREENSHOT_SUFFIX = ".png";

	private final Path target;

	private RunOutputs(Path target) {
		this.target = target;
	}

	/** Deletes what any earlier run wrote into {@code target} and checks that none of it is left. */
	static RunOutputs clearedIn(Path target) throws IOException {
		RunOutputs outputs = new RunOutputs(target.toAbsolutePath().normalize());
		for (Path stale : outputs.existing()) {
			delete(stale);
		}
		List<String> left = outputs.existing().stream().map(Path::toString).toList();
		if (!left.isEmpty()) {
			throw new IOException("an earlier run's outputs could not be deleted: " + left);
		}
		Files.createDirectories(outputs.target);
		return outputs;
	}

	Path eclipseHome() {
		return target.resolve("plain-eclipse");
	}

	Path workspace() {
		return target.resolve("installed-workspace");
	}

	Path swtLibraries() {
		return target.resolve("swtlib");
	}

	Path logs() {
		return target.resolve("install-logs");
	}

	/** The .netroute file the scripted user copies into its new project. */
	Path userFile() {
		return target.resolve("factory.netroute");
	}

	/** Where the scripted user writes its report and screenshots. */
	Path evidenceFolder() {
		return target;
	}

	Path report() {
		return target.resolve(REPORT);
	}

	Path screenshot(String name) {
		return target.resolve(SCREENSHOT_PREFIX + name + SCREENSHOT_SUFFIX);
	}

	/** What of a run's outputs is on disk now. */
	List<Path> existing() throws IOException {
		List<Path> found = new ArrayList<>();
		for (Path path : List.of(eclipseHome(), workspace(), swtLibraries(), logs(), userFile(), report())) {
			if (Files.exists(path)) {
				found.add(path);
			}
		}
		if (Files.isDirectory(target)) {
			try (Stream<Path> files = Files.list(target)) {
				files.filter(path -> {
					String name = path.getFileName().toString();
					return name.startsWith(SCREENSHOT_PREFIX) && name.endsWith(SCREENSHOT_SUFFIX);
				}).sorted().forEach(found::add);
			}
		}
		return found;
	}

	private static void delete(Path path) throws IOException {
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}
}
