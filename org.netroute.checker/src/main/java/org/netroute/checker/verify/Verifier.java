package org.netroute.checker.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Topology;

/**
 * The one entry point front ends (CLI, Maven plugin, Eclipse, LSP) call: parse and validate a
 * file, and if it has no errors, report each cluster's pod MTUs and a verdict per property.
 * Reading the first file sets up the DSL, which is expensive: reuse one verifier for many files.
 */
public final class Verifier {

    private ModelLoader loader;
    private final Engine engine;

    /** A verifier that sets up the DSL when it reads its first file. */
    public Verifier(Engine engine) {
        this.engine = engine;
    }

    public Verifier(ModelLoader loader, Engine engine) {
        this.loader = loader;
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** Verifies a file; unreadable files and invalid text come back as error diagnostics. */
    public FileResult verify(Path file) {
        return verify(loader().load(file));
    }

    /** Verifies text as if read from {@code uri}; {@code displayName} is what reports call the file. */
    public FileResult verify(String text, String uri, String displayName) {
        return verify(loader().load(text, uri, displayName));
    }

    private ModelLoader loader() {
        if (loader == null) {
            loader = new ModelLoader();
        }
        return loader;
    }

    private FileResult verify(LoadedFile file) {
        if (file.hasErrors()) {
            return new FileResult(file.file(), file.diagnostics(), List.of());
        }
        List<ClusterResult> clusters = new ArrayList<>();
        for (Topology topology : file.topologies()) {
            clusters.add(verify(topology));
        }
        return new FileResult(file.file(), file.diagnostics(), clusters);
    }

    /** Verifies one topology (already built, e.g. generated) with every property in order. */
    public ClusterResult verify(Topology topology) {
        List<NodeMtu> nodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            nodes.add(new NodeMtu(node.name(), topology.podMtu(node)));
        }
        List<PropertyResult> results = new ArrayList<>();
        for (Property property : Property.values()) {
            long start = System.nanoTime();
            Verdict verdict;
            try {
                verdict = engine.check(topology, property);
            } catch (RuntimeException e) {
                verdict = Verdict.unknown(engine.name() + " failed: " + e);
            }
            results.add(new PropertyResult(property, verdict, (System.nanoTime() - start) / 1_000_000));
        }
        return new ClusterResult(topology.name(), nodes, results);
    }
}
