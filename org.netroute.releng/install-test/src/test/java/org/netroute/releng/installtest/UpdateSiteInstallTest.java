package org.netroute.releng.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateSiteInstallTest {

	private static final String FEATURE = "org.netroute.feature.feature.group";
	private static final String EXAMPLE = "04-tunnel-firewall-blocks-vxlan.netroute";
	/** Guards against hangs only: each step takes well under a minute. */
	private static final Duration LIMIT = Duration.ofMinutes(8);

	private final Path target = Path.of(System.getProperty("netroute.target", "target"));
	private final Path site = Path.of(System.getProperty("netroute.updateSite"));
	private EclipseInstallation eclipse;

	@BeforeAll
	void unpackThePlainEclipse() throws IOException {
		eclipse = EclipseInstallation.unpack(Path.of(System.getProperty("netroute.plainEclipse")),
				target.resolve("plain-eclipse"));
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
	}

	@Test
	@Order(2)
	void p2sDirectorInstallsTheFeatureFromTheSiteZipAlone() throws Exception {
		EclipseInstallation.Run director = eclipse.run(target.resolve("install-logs/director.log"), LIMIT, List.of(),
				"-application", "org.eclipse.equinox.p2.director",
				"-repository", "jar:" + site.toUri() + "!/",
				"-installIU", FEATURE);
		assertEquals(0, director.exitCode(), director::tail);
		assertTrue(Files.readString(director.log()).contains("Operation completed"), director::tail);
		List<String> bundles = eclipse.bundles();
		for (String installed : List.of("org.netroute.dsl", "org.netroute.dsl.ide", "org.netroute.checker",
				"org.netroute.dsl.ui", "org.eclipse.xtext", "org.alloytools.alloy.core", "org.alloytools.pardinus.core")) {
			assertTrue(bundles.contains(installed), installed + " installed: " + bundles);
		}
	}

	@Test
	@Order(3)
	void theInstalledEclipseMarksQuickFixesAndVerifiesAFile() throws Exception {
		String example = Files.readString(Path.of(System.getProperty("netroute.examples"), EXAMPLE), StandardCharsets.UTF_8);
		String withMistake = example.replace("pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.5/24");
		assertNotEquals(example, withMistake, "the example still has the PodCIDR the test breaks");
		Path file = Files.writeString(target.resolve("factory.netroute"), withMistake, StandardCharsets.UTF_8);
		Path workspace = target.resolve("installed-workspace");
		EclipseInstallation.Run product = eclipse.run(target.resolve("install-logs/installed-eclipse.log"), LIMIT,
				List.of("-Dnetroute.installtest.report=" + target.toAbsolutePath(),
						"-Dnetroute.installtest.file=" + file.toAbsolutePath(),
						"-Dswt.library.path=" + target.resolve("swtlib").toAbsolutePath(),
						"-Xmx1g"),
				"-data", workspace.toAbsolutePath().toString());
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
		for (String screenshot : List.of("installed-markers.png", "installed-verify.png")) {
			Path picture = target.resolve(screenshot);
			assertTrue(Files.isRegularFile(picture) && Files.size(picture) > 10_000, picture + " saved");
		}
	}

	/** The 1-based number of the line of {@code text} that holds {@code fragment}, as markers count lines. */
	private static int lineOf(String text, String fragment) {
		int offset = text.indexOf(fragment);
		assertTrue(offset >= 0, fragment);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

	private Properties report() throws IOException {
		Path file = target.resolve("installed-report.properties");
		assertTrue(Files.isRegularFile(file), "the scripted user wrote " + file);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		assertNotNull(properties.getProperty("session"));
		return properties;
	}
}
