package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Collectors;

import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/** Test fixture: .netroute text in, topology or verdicts out, through the real parser and validator. */
final class Clusters {

    private static final ModelLoader LOADER = new ModelLoader();

    private Clusters() {
    }

    static LoadedFile load(String text) {
        return LOADER.load(text, "inmemory:/test.netroute", "test.netroute");
    }

    /** The only cluster of a text that must have no errors. */
    static Topology topology(String text) {
        LoadedFile file = load(text);
        assertFalse(file.hasErrors(), () -> "unexpected errors: " + file.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        return file.topologies().get(0);
    }

    static Verdict verdict(String text, Property property) {
        return new InterpreterEngine().check(topology(text), property);
    }

    static ClusterResult verify(Topology topology) {
        return new org.netroute.checker.verify.Verifier(new InterpreterEngine()).verify(topology);
    }
}
