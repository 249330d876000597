package org.netroute.releng.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One example, three front ends, each with its default settings (both engines, the default time
 * limit): the command line's JSON (run here, as the {@code netroute} launcher runs it), the Maven
 * plugin's netroute.json from its {@code violation} invoker IT, and what the Eclipse UI test's
 * Verify showed (written by that test). Verdicts, counterexample pairs, dispositions and hops
 * must be the same; timings and file names may differ.
 */
class SameResultsEverywhereTest {

	private static final String EXAMPLE = "04-tunnel-firewall-blocks-vxlan.netroute";

	private final Path root = Path.of(System.getProperty("netroute.root", "../..")).toAbsolutePath().normalize();
	private final ObjectMapper json = new ObjectMapper();

	@Test
	void commandLineMavenAndEclipseGiveTheSameResults() throws Exception {
		Path mavenCopy = root.resolve("org.netroute.maven/src/it/violation/src/main/netroute/" + EXAMPLE);
		assertEquals(Files.readString(root.resolve("examples/" + EXAMPLE)), Files.readString(mavenCopy),
				"the Maven IT verifies the example itself");

		List<String> commandLine = Outcome.of(json.readTree(commandLine()), EXAMPLE);
		List<String> maven = Outcome.of(json.readTree(existing(
				root.resolve("org.netroute.maven/target/it/violation/target/netroute/netroute.json"))), EXAMPLE);
		List<String> eclipse = Outcome.of(json.readTree(existing(
				root.resolve("org.netroute.dsl.ui.tests/target/results/eclipse-" + EXAMPLE.replace(".netroute", ".json")))), EXAMPLE);

		assertTrue(commandLine.stream().anyMatch(line -> line.contains("reachability VIOLATED app-1 -> cache-1 DENIED at dist-router")),
				commandLine::toString);
		assertTrue(commandLine.stream().anyMatch(line -> line.contains("found by Alloy, confirmed by replay")),
				"by default the command line runs both engines: " + commandLine);
		assertEquals(commandLine, maven, "Maven's results equal the command line's");
		assertEquals(commandLine, eclipse, "Eclipse's results equal the command line's");
	}

	/** The command line's JSON for the example, run as the {@code netroute} launcher runs it. */
	private String commandLine() throws IOException, InterruptedException {
		Path cli = root.resolve("org.netroute.cli/target");
		String classPath;
		try (var jars = Files.list(cli)) {
			classPath = jars.filter(path -> path.getFileName().toString().matches("org\\.netroute\\.cli-[^-]+(-SNAPSHOT)?\\.jar"))
					.findFirst().orElseThrow(() -> new IOException("no command-line jar in " + cli)) + ":" + cli.resolve("lib/*");
		}
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath, "org.netroute.cli.NetRouteCommand", "verify", "--format", "json",
				root.resolve("examples/" + EXAMPLE).toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command line ended");
		assertEquals(1, process.exitValue(), "exit 1: a property is violated\n" + output);
		return output;
	}

	private static File existing(Path file) {
		assertTrue(Files.isRegularFile(file), file + " was written by its module's tests earlier in this build");
		return file.toFile();
	}

	/** The parts of a JSON report that must agree, one line per verdict and per hop, in order. */
	static final class Outcome {

		private Outcome() {
		}

		/** The outcome of the report's file named {@code example} (a report may hold other files too). */
		static List<String> of(JsonNode report, String example) {
			List<String> lines = new ArrayList<>();
			for (JsonNode file : report.path("files")) {
				if (!file.path("file").asText().endsWith(example)) {
					continue;
				}
				for (JsonNode cluster : file.path("clusters")) {
					for (JsonNode property : cluster.path("properties")) {
						JsonNode counterexample = property.path("counterexample");
						String line = cluster.path("name").asText() + " " + property.path("property").asText() + " "
								+ property.path("verdict").asText();
						if (!counterexample.isMissingNode()) {
							line += " " + counterexample.path("from").asText() + " -> " + counterexample.path("to").asText() + " "
									+ counterexample.path("disposition").asText() + " at " + counterexample.path("at").asText()
									+ " (" + counterexample.path("explanation").asText() + ")";
						}
						if (property.has("reason")) {
							line += " because " + property.path("reason").asText();
						}
						lines.add(line);
						for (JsonNode hop : counterexample.path("hops")) {
							lines.add("  hop " + hop.path("device").asText() + " | " + hop.path("action").asText() + " | "
									+ hop.path("bytes").asText());
						}
					}
				}
			}
			return lines;
		}
	}
}
