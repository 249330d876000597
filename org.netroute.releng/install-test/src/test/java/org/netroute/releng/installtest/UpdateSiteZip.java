package org.netroute.releng.installtest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An update site as the zip users download: the artifacts its p2 artifact repository
 * ({@code artifacts.xml}, or {@code artifacts.jar} holding it) lists, and whether the zip holds
 * each one's file as listed. p2 trusts the list; a listed file the zip lacks fails Install New
 * Software with "The artifact file for ... was not found".
 */
final class UpdateSiteZip {

	/** The filters Tycho and p2 write for their mapping rules: {@code (& (classifier=X))}. */
	private static final Pattern CLASSIFIER_FILTER = Pattern.compile("\\(&\\s*\\(classifier=([^()]+)\\)\\)");

	private final Path zip;
	private final List<ListedArtifact> listed;
	private final List<String> problems;

	private UpdateSiteZip(Path zip, List<ListedArtifact> listed, List<String> problems) {
		this.zip = zip;
		this.listed = listed;
		this.problems = problems;
	}

	/** Reads the zip's artifact repository and compares each listed artifact with the zip's file. */
	static UpdateSiteZip read(Path zip) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Document index = artifactIndex(file, zip);
			Map<String, String> rules = mappingRules(index, zip);
			List<ListedArtifact> listed = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			NodeList artifacts = index.getElementsByTagName("artifact");
			for (int i = 0; i < artifacts.getLength(); i++) {
				Element artifact = (Element) artifacts.item(i);
				ListedArtifact entry = ListedArtifact.of(artifact, rules);
				listed.add(entry);
				entry.problemIn(file).ifPresent(problems::add);
			}
			return new UpdateSiteZip(zip, List.copyOf(listed), List.copyOf(problems));
		}
	}

	Path zip() {
		return zip;
	}

	/** Every artifact the repository lists, in its order. */
	List<ListedArtifact> listed() {
		return listed;
	}

	/** One line per listed artifact whose file the zip lacks or holds other than listed; empty when whole. */
	List<String> problems() {
		return problems;
	}

	private static Document artifactIndex(ZipFile file, Path zip) throws IOException {
		ZipEntry xml = file.getEntry("artifacts.xml");
		if (xml != null) {
			try (InputStream in = file.getInputStream(xml)) {
				return parse(in.readAllBytes(), zip + "!/artifacts.xml");
			}
		}
		ZipEntry jar = file.getEntry("artifacts.jar");
		if (jar == null) {
			throw new IOException(zip + " holds neither artifacts.xml nor artifacts.jar: it is no p2 repository");
		}
		try (ZipInputStream inner = new ZipInputStream(file.getInputStream(jar))) {
			for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
				if (entry.getName().equals("artifacts.xml")) {
					return parse(inner.readAllBytes(), zip + "!/artifacts.jar!/artifacts.xml");
				}
			}
		}
		throw new IOException(zip + "!/artifacts.jar holds no artifacts.xml");
	}

	private static Document parse(byte[] xml, String where) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(where + " is not a readable artifacts.xml: " + e.getMessage(), e);
		}
	}

	/** Classifier to output pattern, e.g. osgi.bundle to {@code ${repoUrl}/plugins/${id}_${version}.jar}. */
	private static Map<String, String> mappingRules(Document index, Path zip) throws IOException {
		Map<String, String> rules = new LinkedHashMap<>();
		NodeList nodes = index.getElementsByTagName("rule");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element rule = (Element) nodes.item(i);
			Matcher classifier = CLASSIFIER_FILTER.matcher(rule.getAttribute("filter").strip());
			if (!classifier.matches()) {
				throw new IOException(zip + ": a mapping rule this check cannot read: filter " + rule.getAttribute("filter"));
			}
			rules.putIfAbsent(classifier.group(1), rule.getAttribute("output"));
		}
		return rules;
	}

	/** One artifact as artifacts.xml lists it: where in the zip its file must be, and its size and SHA-256 if given. */
	record ListedArtifact(String classifier, String id, String version, String path, long size, String sha256) {

		static ListedArtifact of(Element artifact, Map<String, String> rules) {
			String classifier = artifact.getAttribute("classifier");
			String id = artifact.getAttribute("id");
			String version = artifact.getAttribute("version");
			Map<String, String> properties = new LinkedHashMap<>();
			NodeList nodes = artifact.getElementsByTagName("property");
			for (int i = 0; i < nodes.getLength(); i++) {
				Element property = (Element) nodes.item(i);
				properties.put(property.getAttribute("name"), property.getAttribute("value"));
			}
			String output = rules.get(classifier);
			String path = output == null ? null
					: output.replace("${repoUrl}/", "").replace("${repoUrl}", "").replace("${id}", id)
							.replace("${version}", version).replace("${classifier}", classifier);
			String size = properties.get("download.size");
			return new ListedArtifact(classifier, id, version, path, size == null ? -1 : Long.parseLong(size),
					properties.get("download.checksum.sha-256"));
		}

		/** p2's name of the artifact, as its messages print it. */
		String key() {
			return classifier + "," + id + "," + version;
		}

		Optional<String> problemIn(ZipFile zip) throws IOException {
			if (path == null) {
				return Optional.of(key() + ": no mapping rule for classifier " + classifier);
			}
			ZipEntry entry = zip.getEntry(path);
			if (entry == null || entry.isDirectory()) {
				return Optional.of(key() + ": " + path + " is missing");
			}
			if (size >= 0 && entry.getSize() != size) {
				return Optional.of(key() + ": " + path + " has " + entry.getSize() + " bytes, listed with " + size);
			}
			if (sha256 != null) {
				String actual = sha256Of(zip, entry);
				if (!actual.equalsIgnoreCase(sha256)) {
					return Optional.of(key() + ": " + path + " has SHA-256 " + actual + ", listed with " + sha256);
				}
			}
			return Optional.empty();
		}

		private static String sha256Of(ZipFile zip, ZipEntry entry) throws IOException {
			try (InputStream in = zip.getInputStream(entry)) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] buffer = new byte[64 * 1024];
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					digest.update(buffer, 0, read);
				}
				return HexFormat.of().formatHex(digest.digest());
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java has SHA-256", e);
			}
		}
	}
}
