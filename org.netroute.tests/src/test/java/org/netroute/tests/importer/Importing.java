package org.netroute.tests.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.netroute.dsl.NetRouteStandaloneSetup;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;
import org.netroute.importer.Finding;
import org.netroute.importer.ImportRequest;
import org.netroute.importer.ImportResult;
import org.netroute.importer.Importer;
import org.netroute.importer.source.ObjectSources;

import com.google.inject.Injector;

/**
 * What the importer's tests share: one importer (setting the language up is slow), the project's
 * own dumps and, in the profile cilium-fixtures, Cilium's, and the written text read back through
 * the language's parser.
 */
final class Importing {

    static final Injector INJECTOR = new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration();
    static final Importer IMPORTER = new Importer(INJECTOR);

    private Importing() {
    }

    /** The project root (the tests' working directory is the module). */
    static Path root() {
        return Path.of(System.getProperty("netroute.root", "..")).toAbsolutePath().normalize();
    }

    /**
     * A dump the project holds in src/test/resources/importer, written in the shapes kubectl and
     * kind print (see the README there).
     */
    static Path dump(String relative) {
        Path file = Path.of("src/test/resources/importer", relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the dump " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }

    /**
     * A file of Cilium's own objects, in the folder the Maven profile {@code cilium-fixtures} names
     * with the system property {@code netroute.ciliumFixtures}; only that profile runs the tests
     * tagged {@link CiliumFixturesTest#TAG}.
     */
    static Path ciliumFixture(String relative) {
        String folder = System.getProperty("netroute.ciliumFixtures");
        if (folder == null) {
            throw new IllegalStateException("no Cilium fixtures: the system property netroute.ciliumFixtures is set by"
                    + " the Maven profile cilium-fixtures only");
        }
        Path file = Path.of(folder).resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the Cilium fixture " + file + " is missing");
        }
        return file;
    }

    /**
     * The line (1-based) where the YAML block-sequence item begins that holds the
     * {@code occurrence}-th (1-based) line reading {@code entry} (trimmed): where the importer's
     * findings place an object's list entries, found here by the text's indentation alone.
     */
    static int itemLine(Path file, String entry, int occurrence) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.equals(entry) || trimmed.equals("- " + entry)) {
                seen++;
                if (seen == occurrence) {
                    int dash = line.indexOf(trimmed) - (trimmed.startsWith("- ") ? 0 : 2);
                    for (int j = i; j >= 0; j--) {
                        String above = lines.get(j);
                        if (above.length() > dash + 1 && above.startsWith("- ", dash) && above.substring(0, dash).isBlank()) {
                            return j + 1;
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException(file + " has no " + occurrence + ". list entry with '" + entry + "'");
    }

    static ImportResult run(List<Path> sources) {
        return run(ImportRequest.of(sources.stream().map(ObjectSources::of).toList()));
    }

    static ImportResult run(Path... sources) {
        return run(List.of(sources));
    }

    static ImportResult run(ImportRequest request) {
        return IMPORTER.run(request);
    }

    static ImportRequest request(Path... sources) {
        return ImportRequest.of(List.of(sources).stream().map(ObjectSources::of).toList());
    }

    /** Writes text into a file of the test's folder and returns it. */
    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a successful import; fails with the findings otherwise. */
    static String text(ImportResult result) {
        if (!result.succeeded()) {
            throw new AssertionError("the import failed:\n" + describe(result.summary().findings()));
        }
        return result.text().get();
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(finding -> finding.severity() + " " + finding).collect(Collectors.joining("\n"));
    }

    /** The findings of a severity as text, one per line, for assertions on their words. */
    static List<String> findings(ImportResult result, Finding.Severity severity) {
        return result.summary().findings().stream().filter(finding -> finding.severity() == severity)
                .map(Finding::toString).toList();
    }

    /** The written text parsed back (without validation; the importer validated it). */
    static Cluster parse(String text) {
        XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("read-back.netroute"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new AssertionError("the written text does not parse: " + resource.getErrors() + "\n" + text);
        }
        return ((Model) resource.getContents().get(0)).getClusters().get(0);
    }
}
