package org.netroute.releng.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the README promises of the update site, done as a user does it: a plain Eclipse (platform,
 * Generic Editor, p2; assembled from Maven Central) gets NetRoute from the site zip alone through
 * p2's director, the {@code Install New Software} machinery; started on the display, it opens a
 * .netroute file with a mistake, marks it, quick-fixes it and verifies it with both engines.
 * Each run starts from a fresh copy of the plain Eclipse, with no workspace, report or screenshot
 * of an earlier run ({@link RunOutputs}); when the director does not install, the installed
 * Eclipse is not started and the test fails with the director's message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateSiteInstallTest {

	private static final String FEATURE = "org.netroute.feature.feature.group";
	private static final String EXAMPLE = "04-tunnel-firewall-blocks-vxlan.netroute";
	/** Guards against hangs only: each step takes well under a minute. */
	private static final Duration LIMIT = Duration.ofMinutes(8);

	private static final List<String> INSTALLED = List.of("org.netroute.dsl", "org.netroute.dsl.ide", "org.netroute.checker",
			"org.netroute.dsl.ui", "org.eclipse.xtext", "org.alloytools.alloy.core", "org.alloytools.pardinus.core");

	private final Path site = Path.of(System.getProperty("netroute.updateSite"));
	private RunOutputs outputs;
	private EclipseInstallation eclipse;
	/** Why NetRoute is not installed, until the director's step has shown that it is. */
	private String notInstalled = "the director's step has not run";

	@BeforeAll
	void startFromAFreshPlainEclipseAndNoEarlierOutputs() throws IOException {
		outputs = RunOutputs.clearedIn(Path.of(System.getProperty("netroute.target", "target")));
		eclipse = EclipseInstallation.unpack(Path.of(System.getProperty("netroute.plainEclipse")), outputs.eclipseHome());
	}

	@Test
	@Order(1)
	void thePlainEclipseHasThePlatformTheGenericEditorAndP2ButNoNetRoute() throws IOException {
		List<String> bundles = eclipse.bundles();
		for (String expected : List.of("org.eclipse.ui.ide.application", "org.eclipse.ui.genericeditor",
				"org.eclipse.equinox.p2.director.app", "org.eclipse.equinox.p2.touchpoint.eclipse",
				"org.eclipse.equinox.simpleconfigurator")) {
			assertTrue(bundles.contains(expected), expected + " in " + bundles);
		}
		assertEquals(List.of("org.netroute.releng.installtest.driver"),
				bundles.stream().filter(name -> name.startsWith("org.netroute")).toList(),
				"nothing of NetRoute but the idle scripted user");
		assertFalse(bundles.contains("org.eclipse.xtext"), "nor what the update site brings");
		assertEquals(List.of(), eclipse.knownRepositories(), "it knows no repository of the build");
		assertEquals(List.of(outputs.eclipseHome()), outputs.existing(),
				"no workspace, log, report or screenshot of an earlier run beside the fresh copy");
	}

	@Test
	@Order(2)
	void p2sDirectorInstallsTheFeatureFromTheSiteZipAlone() throws Exception {
		P2Director.Installation installation = P2Director.install(eclipse, site, FEATURE,
				outputs.logs().resolve("director.log"), LIMIT);
		Optional<String> failure = installation.failure();
		if (failure.isPresent()) {
			List<String> incomplete = UpdateSiteZip.read(site).problems();
			notInstalled = failure.get() + (incomplete.isEmpty() ? ""
					: "\nThe site zip lacks or alters files its artifacts.xml lists:\n" + String.join("\n", incomplete));
			fail(notInstalled);
		}
		List<String> bundles = eclipse.bundles();
		List<String> missing = INSTALLED.stream().filter(bundle -> !bundles.contains(bundle)).toList();
		if (!missing.isEmpty()) {
			notInstalled = "p2's director completed, but the installation does not start " + missing + ": " + bundles;
			fail(notInstalled);
		}
		List<String> elsewhere = eclipse.knownRepositories().stream().filter(location -> !isTheSiteOrInTheInstallation(location))
				.toList();
		if (!elsewhere.isEmpty()) {
			notInstalled = "p2's director knew repositories other than the site zip: " + elsewhere;
			fail(notInstalled);
		}
		notInstalled = null;
	}

	@Test
	@Order(3)
	void theInstalledEclipseMarksQuickFixesAndVerifiesAFile() throws Exception {
		if (notInstalled != null) {
			fail("the installed Eclipse is not started, NetRoute is not installed: " + notInstalled);
		}
		String example = Files.readString(Path.of(System.getProperty("netroute.examples"), EXAMPLE), StandardCharsets.UTF_8);
		String withMistake = example.replace("pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.5/24");
		assertNotEquals(example, withMistake, "the example still has the PodCIDR the test breaks");
		Path file = Files.writeString(outputs.userFile(), withMistake, StandardCharsets.UTF_8);
		EclipseInstallation.Run product = eclipse.run(outputs.logs().resolve("installed-eclipse.log"), LIMIT,
				List.of("-Dnetroute.installtest.report=" + outputs.evidenceFolder(),
						"-Dnetroute.installtest.file=" + file,
						"-Dswt.library.path=" + outputs.swtLibraries(),
						"-Xmx1g"),
				"-data", outputs.workspace().toString());
		assertEquals(0, product.exitCode(), product::tail);

		Properties seen = report();
		assertEquals("completed", seen.getProperty("session"), product::tail);
		for (String bundle : List.of("org.netroute.dsl.ui", "org.netroute.checker", "org.alloytools.alloy.core")) {
			assertTrue(seen.getProperty("bundle." + bundle, "absent").contains("plugins/" + bundle + "_"),
					bundle + " runs from the installation's plugins: " + seen.getProperty("bundle." + bundle));
		}
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", seen.getProperty("editor.id"));
		assertEquals(lineOf(withMistake, "pod-cidr: 10.0.1.5/24") + ": CIDR 10.0.1.5/24 has host bits set: the network is 10.0.1.0/24",
				seen.getProperty("problem.error"));
		assertEquals("Change 10.0.1.5/24 to 10.0.1.0/24", seen.getProperty("quickfix"));
		assertEquals("/factory/factory.netroute - engines alloy + interpreter, cross-checked", seen.getProperty("view.header"));
		assertEquals("cluster factory |  |  |  | ", seen.getProperty("view.row.1"));
		assertEquals("reachability: VIOLATED |  |  |  | ", seen.getProperty("view.row.2"));
		String counterexample = seen.getProperty("view.row.3", "");
		assertTrue(counterexample.startsWith("app-1 -> cache-1 | dist-router | ") && counterexample.endsWith(" | DENIED")
				&& counterexample.contains("(found by Alloy, confirmed by replay)"), counterexample);
		assertTrue(seen.stringPropertyNames().stream().filter(key -> key.startsWith("verification.marker.")).count() >= 3,
				"markers on the pods and the rule: " + seen);
		assertTrue(seen.getProperty("verification.marker.3", "").startsWith(lineOf(example, "deny udp port 8472\n")
				+ ": NetRoute: reachability VIOLATED"),
				seen.getProperty("verification.marker.3"));
		for (String screenshot : List.of("markers", "verify")) {
			Path picture = outputs.screenshot(screenshot);
			assertTrue(Files.isRegularFile(picture) && Files.size(picture) > 10_000, picture + " saved");
		}
	}

	/** Whether a repository p2 knows is the site zip ({@code jar:file:...!/}) or a folder of the installation itself. */
	private boolean isTheSiteOrInTheInstallation(String location) {
		boolean inZip = location.startsWith("jar:") && location.endsWith("!/");
		String file = inZip ? location.substring("jar:".length(), location.length() - "!/".length()) : location;
		if (!file.startsWith("file:")) {
			return false;
		}
		Path path = Path.of(URI.create(file)).normalize();
		return inZip ? path.equals(site.toAbsolutePath().normalize()) : path.startsWith(eclipse.home());
	}

	/** The 1-based number of the line of {@code text} that holds {@code fragment}, as markers count lines. */
	private static int lineOf(String text, String fragment) {
		int offset = text.indexOf(fragment);
		assertTrue(offset >= 0, fragment);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private Properties report() throws IOException {
		Path file = outputs.report();
		assertTrue(Files.isRegularFile(file), "the scripted user wrote " + file);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		assertNotNull(properties.getProperty("session"));
		return properties;
	}
}
