package org.netroute.checker.alloy.isolation;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import edu.mit.csail.sdg.parser.CompUtil;

import kodkod.engine.Solver;

/**
 * Where the solver process finds its classes, in whichever host NetRoute runs: the class path of
 * a plain JVM (the command line, tests), the URLs of a Maven plugin's class realm, or, in an OSGi
 * framework such as Eclipse, the jars the classes the process needs were loaded from.
 */
final class SolverClasspath {

    /** A class of every jar the solver process loads classes from (looked up by name, where present). */
    private static final List<String> ANCHORS = List.of(
            "org.netroute.checker.alloy.isolation.SolverMain", // the checker
            "org.netroute.dsl.address.Ipv4Text", // the addresses the topology's Ipv4Address reads with
            "inet.ipaddr.IPAddressString",
            "edu.mit.csail.sdg.parser.CompUtil", // Alloy
            "org.alloytools.alloy.dto.Cardinality", // the Alloy API
            "kodkod.engine.Solver", // Pardinus (Kodkod)
            "org.sat4j.minisat.SolverFactory", "org.sat4j.specs.ISolver", "org.sat4j.core.Vec",
            "org.sat4j.pb.SolverFactory", "org.sat4j.maxsat.SolverFactory",
            "org.slf4j.LoggerFactory", "aQute.lib.io.IO", "org.eclipse.jdt.annotation.NonNull");

    private SolverClasspath() {
    }

    /** The class path, or empty when this host's class loading cannot be turned into one. */
    static Optional<String> find() {
        ClassLoader loader = SolverClasspath.class.getClassLoader();
        String plain = System.getProperty("java.class.path", "");
        if (loader == ClassLoader.getSystemClassLoader() && !plain.isEmpty()) {
            return Optional.of(plain);
        }
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            Set<String> entries = new LinkedHashSet<>();
            for (URL url : urls.getURLs()) {
                file(url).ifPresent(entries::add);
            }
            return entries.isEmpty() ? Optional.empty() : Optional.of(String.join(File.pathSeparator, entries));
        }
        return fromCodeSources(loader);
    }

    /** The jars (or folders) the anchor classes came from, as an OSGi framework loads them. */
    private static Optional<String> fromCodeSources(ClassLoader loader) {
        Set<String> entries = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        // in OSGi each bundle sees only what it imports: Alloy's libraries are found through Alloy's and Kodkod's loaders
        List<ClassLoader> loaders = List.of(loader, CompUtil.class.getClassLoader(), Solver.class.getClassLoader());
        for (String anchor : ANCHORS) {
            Optional<String> file = loaders.stream().map(each -> codeSource(anchor, each)).flatMap(Optional::stream)
                    .findFirst();
            if (file.isPresent()) {
                entries.add(file.get());
            } else {
                missing.add(anchor);
            }
        }
        // the checker itself must be found; optional libraries a host lacks are not needed there
        return entries.isEmpty() || missing.contains(ANCHORS.get(0)) ? Optional.empty()
                : Optional.of(String.join(File.pathSeparator, entries));
    }

    private static Optional<String> codeSource(String className, ClassLoader loader) {
        try {
            CodeSource source = Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : file(source.getLocation());
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> file(URL url) {
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.exists(path) ? Optional.of(path.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
