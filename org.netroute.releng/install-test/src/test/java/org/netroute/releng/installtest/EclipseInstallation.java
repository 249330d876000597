package org.netroute.releng.installtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An Eclipse installation on disk, unpacked fresh from its archive: what its simpleconfigurator
 * will start (bundles.info), and its own launcher jar to run an application in it, as the
 * {@code eclipse} executable would.
 */
final class EclipseInstallation {

	/** Where p2's repository managers keep the repositories they know. */
	private static final String REPOSITORY_PREFERENCES = "p2/org.eclipse.equinox.p2.engine/.settings";

	private final Path home;

	private EclipseInstallation(Path home) {
		this.home = home;
	}

	/**
	 * Unpacks {@code archive} into {@code home}, which must not exist yet: an installation a
	 * director or a workbench has run in is never reused. The repositories p2 remembered while the
	 * build assembled the archive (module folders under target/, the local Maven repository, the
	 * assembly's own bundle pool and download cache) are left out: a user's Eclipse knows none of
	 * them, and the director must find everything in the repository it is given.
	 */
	static EclipseInstallation unpack(Path archive, Path home) throws IOException {
		if (Files.exists(home)) {
			throw new IOException(home + " exists: an installation is unpacked into a new folder only");
		}
		Files.createDirectories(home);
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith(REPOSITORY_PREFERENCES + "/")) {
					continue;
				}
				Path target = home.resolve(entry.getName()).normalize();
				if (!target.startsWith(home)) {
					throw new IOException("entry outside the installation: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy((InputStream) zip, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return new EclipseInstallation(home);
	}

	Path home() {
		return home;
	}

	/** The locations of the repositories the installation's p2 knows, from its repository preferences. */
	List<String> knownRepositories() throws IOException {
		Path folder = home.resolve(REPOSITORY_PREFERENCES);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<String> locations = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				Properties preferences = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					preferences.load(in);
				}
				preferences.stringPropertyNames().stream().filter(key -> key.startsWith("repositories/") && key.endsWith("/uri"))
						.map(preferences::getProperty).sorted().forEach(locations::add);
			}
		}
		return locations;
	}

	/** The symbolic names of the bundles the installation starts, from its bundles.info. */
	List<String> bundles() throws IOException {
		Path info = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		return Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#"))
				.map(line -> line.substring(0, line.indexOf(','))).toList();
	}

	/**
	 * Runs the installation with its launcher jar in this JVM's Java, {@code systemProperties} as
	 * {@code -D} options, its output into {@code log}; kills it after {@code limit} (a hang guard).
	 */
	Run run(Path log, Duration limit, List<String> systemProperties, String... arguments)
			throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			launcher = plugins.filter(path -> path.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
					.findFirst().orElseThrow(() -> new IOException("no Equinox launcher jar in " + home));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(systemProperties);
		command.addAll(List.of("-jar", launcher.toString(), "-nosplash", "-consoleLog"));
		command.addAll(List.of(arguments));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			return new Run(-1, log);
		}
		return new Run(process.exitValue(), log);
	}

	/** How a run ended (-1: killed by the guard) and where its output is. */
	record Run(int exitCode, Path log) {

		/** The last lines of the output, for a failure message. */
		String tail() {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
				return "exit " + exitCode + ", " + log + ":\n"
						+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
			} catch (IOException e) {
				return "exit " + exitCode + ", no output in " + log + ": " + e;
			}
		}
	}
}
