package org.netroute.releng.installtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.releng.installtest.UpdateSiteZip.ListedArtifact;

/**
 * The update-site zip this build made holds every artifact its artifacts.xml lists, as listed
 * (size and SHA-256): what p2 needs before Install New Software can succeed, checked on the zip
 * itself, whether or not the build began with {@code clean}. Two altered copies show that the
 * check names what is wrong.
 */
class UpdateSiteZipTest {

	private final Path site = Path.of(System.getProperty("netroute.updateSite"));

	@Test
	void theSiteZipHoldsEveryArtifactItsArtifactsXmlLists() throws IOException {
		UpdateSiteZip zip = UpdateSiteZip.read(site);
		List<String> listed = zip.listed().stream().map(ListedArtifact::key).toList();
		assertTrue(listed.stream().anyMatch(key -> key.startsWith("org.eclipse.update.feature,org.netroute.feature,")),
				"the feature is listed: " + listed);
		for (String bundle : List.of("org.netroute.dsl.ui", "org.netroute.checker", "org.eclipse.xtext", "slf4j.nop")) {
			assertTrue(listed.stream().anyMatch(key -> key.startsWith("osgi.bundle," + bundle + ",")),
					bundle + " is listed: " + listed);
		}
		assertEquals(List.of(), zip.problems(), site + " lacks or alters files its artifacts.xml lists");
	}

	@Test
	void aListedFileTheZipLacksIsNamed(@TempDir Path scratch) throws IOException {
		UpdateSiteZip whole = UpdateSiteZip.read(site);
		ListedArtifact dropped = aBundleOf(whole);
		Path copy = copyOfSite(scratch, entry -> entry.equals(dropped.path()) ? null : original -> original);
		assertEquals(List.of(dropped.key() + ": " + dropped.path() + " is missing"), addedProblems(whole, copy));
	}

	@Test
	void aFileOtherThanListedIsNamed(@TempDir Path scratch) throws IOException {
		UpdateSiteZip whole = UpdateSiteZip.read(site);
		ListedArtifact altered = aBundleOf(whole);
		byte[] replacement = "not the bundle artifacts.xml lists".getBytes();
		Path copy = copyOfSite(scratch, entry -> entry.equals(altered.path()) ? original -> replacement : original -> original);
		assertEquals(List.of(altered.key() + ": " + altered.path() + " has " + replacement.length + " bytes, listed with "
				+ altered.size()), addedProblems(whole, copy));
	}

	/** The problems of {@code copy} that the site itself does not have (the first test judges the site). */
	private static List<String> addedProblems(UpdateSiteZip site, Path copy) throws IOException {
		List<String> added = new ArrayList<>(UpdateSiteZip.read(copy).problems());
		added.removeAll(site.problems());
		return added;
	}

	/** A listed bundle whose file the site holds, to take away or alter in a copy. */
	private static ListedArtifact aBundleOf(UpdateSiteZip zip) {
		return zip.listed().stream().filter(artifact -> artifact.classifier().equals("osgi.bundle"))
				.filter(artifact -> zip.problems().stream().noneMatch(problem -> problem.startsWith(artifact.key() + ":"))).findFirst()
				.orElseThrow(() -> new AssertionError("no bundle listed in " + zip.zip()));
	}

	/**
	 * A copy of the site zip in {@code scratch}; {@code change} gives for each entry name how its
	 * bytes are rewritten, or {@code null} to leave the entry out.
	 */
	private Path copyOfSite(Path scratch, Function<String, Function<byte[], byte[]>> change) throws IOException {
		Path copy = scratch.resolve("site.zip");
		try (ZipFile original = new ZipFile(site.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = original.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				Function<byte[], byte[]> rewrite = change.apply(entry.getName());
				if (rewrite == null) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = original.getInputStream(entry)) {
					out.write(rewrite.apply(in.readAllBytes()));
				}
				out.closeEntry();
			}
		}
		return copy;
	}
}
