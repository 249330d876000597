package org.netroute.tests.report;

import java.nio.file.Path;
import java.util.List;

import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Verifier;

/** Test fixture: examples and test resources verified through the real checker, for the report tests. */
final class Reports {

    static final ModelLoader LOADER = new ModelLoader();
    static final Verifier VERIFIER = new Verifier(LOADER, EngineChoice.of(new InterpreterEngine()),
            Verifier.DEFAULT_TIME_LIMIT);

    private Reports() {
    }

    static Path example(String name) {
        return Path.of(System.getProperty("netroute.root", ".."), "examples", name);
    }

    static Path resource(String name) {
        return Path.of(System.getProperty("netroute.root", ".."), "org.netroute.tests", "src", "test", "resources",
                "report", name);
    }

    static FileResult verify(Path file) {
        return VERIFIER.verify(file);
    }

    static FileResult verifyText(String text, String name) {
        return VERIFIER.verify(text, "inmemory:/" + name, name);
    }

    static Topology topology(Path file) {
        List<Topology> topologies = LOADER.load(file).topologies();
        return topologies.get(0);
    }

    /** Where tests leave reports for a person (or scripts/render-report.sh) to look at. */
    static Path outputDirectory() {
        return Path.of(System.getProperty("netroute.root", ".."), "org.netroute.tests", "target", "report-test");
    }
}
