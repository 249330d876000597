package org.netroute.checker.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Topology;

/**
 * The one verification pipeline every front end (CLI, Maven plugin, Eclipse, tests) calls: read
 * and validate files, build each cluster's topology, ask the chosen engines each property side by
 * side, each under its own time limit (an answer that arrived is never lost to another engine's
 * wait, and an engine past its limit is stopped before the next property), cross-check their answers, and keep everything reports need (the topology,
 * every engine's answer and evidence), so that nothing is parsed or solved twice. Reading the
 * first file sets up the DSL, which is expensive: reuse one verifier for many files.
 */
public final class Verifier {

    /** The engines every front end uses unless told otherwise: both, cross-checked. */
    public static final String DEFAULT_ENGINE = Engines.BOTH;
    /** The time limit per property, cluster and engine unless told otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private ModelLoader loader;
    private final EngineChoice engines;
    private final TimeLimit limit;

    /**
     * @throws IllegalArgumentException naming the available engines when {@code engineName} is not one
     */
    public Verifier(String engineName, Duration limit) {
        this(null, new Engines().named(engineName), limit);
    }

    /** A verifier of one engine with the default time limit. */
    public Verifier(Engine engine) {
        this(null, EngineChoice.of(engine), DEFAULT_TIME_LIMIT);
    }

    /** @param loader the DSL set up already, or null to set it up when the first file is read */
    public Verifier(ModelLoader loader, EngineChoice engines, Duration limit) {
        this.loader = loader;
        this.engines = engines;
        this.limit = new TimeLimit(limit);
    }

    public EngineChoice engines() {
        return engines;
    }

    /**
     * Every .netroute file under the given files and folders (folders searched recursively, in
     * name order); paths that cannot be read come back as error diagnostics.
     *
     * @throws CancellationException when the monitor says the user canceled
     */
    public List<FileResult> verifyPaths(List<Path> paths, Monitor monitor) {
        List<FileResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(file -> file.toString().endsWith(".netroute") && Files.isRegularFile(file))
                            .sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    results.add(FileResult.unreadable(path.toString(), "cannot read folder " + path + ": "
                            + e.getMessage()));
                    continue;
                }
                files.forEach(file -> results.add(verify(file, file.toString(), monitor)));
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                results.add(verify(path, path.toString(), monitor));
            } else {
                results.add(FileResult.unreadable(path.toString(), Files.exists(path) ? "cannot read " + path
                        : "cannot read " + path + ": no such file or folder"));
            }
        }
        return results;
    }

    /** Verifies a file; unreadable files and invalid text come back as error diagnostics. */
    public FileResult verify(Path file) {
        return verify(file, file.toString(), Monitor.none());
    }

    /** @param displayName what reports call the file */
    public FileResult verify(Path file, String displayName, Monitor monitor) {
        return verify(loader().load(file, displayName), monitor);
    }

    /** Verifies text as if read from {@code uri}; {@code displayName} is what reports call the file. */
    public FileResult verify(String text, String uri, String displayName) {
        return verify(text, uri, displayName, Monitor.none());
    }

    public FileResult verify(String text, String uri, String displayName, Monitor monitor) {
        return verify(loader().load(text, uri, displayName), monitor);
    }

    private ModelLoader loader() {
        if (loader == null) {
            loader = new ModelLoader();
        }
        return loader;
    }

    /** Verifies a file already loaded, e.g. by a caller that chose the verifier by the file's diagnostics. */
    public FileResult verify(LoadedFile file, Monitor monitor) {
        if (file.hasErrors()) {
            return new FileResult(file.file(), file.diagnostics(), List.of());
        }
        monitor.begin(file.file(), file.topologies().size() * Property.values().length);
        List<ClusterResult> clusters = new ArrayList<>();
        for (Topology topology : file.topologies()) {
            clusters.add(verify(topology, monitor));
        }
        return new FileResult(file.file(), file.diagnostics(), clusters);
    }

    /** Verifies one topology (already built, e.g. generated) with every property in order. */
    public ClusterResult verify(Topology topology) {
        return verify(topology, Monitor.none());
    }

    /** @throws CancellationException when the monitor says the user canceled */
    public ClusterResult verify(Topology topology, Monitor monitor) {
        List<NodeMtu> nodes = new ArrayList<>();
        for (Node node : topology.nodes()) {
            nodes.add(new NodeMtu(node.name(), topology.podMtu(node)));
        }
        List<PropertyResult> results = new ArrayList<>();
        for (Property property : Property.values()) {
            long start = System.nanoTime();
            List<TimeLimit.Running<Answer>> running = new ArrayList<>();
            monitor.checking(topology.name(), property,
                    String.join(" + ", engines.engines().stream().map(Engine::name).toList()));
            for (Engine engine : engines.engines()) {
                running.add(limit.start(engine.name() + "-" + property.id(), () -> {
                    long begun = System.nanoTime();
                    return engine.answer(topology, property).took(Duration.ofNanos(System.nanoTime() - begun));
                }));
            }
            List<Answer> answers = new ArrayList<>();
            try {
                for (int i = 0; i < running.size(); i++) {
                    answers.add(answer(engines.engines().get(i), running.get(i), topology, property, monitor));
                }
            } finally {
                running.forEach(TimeLimit.Running::stop);
            }
            results.add(new PropertyResult(property, Agreement.of(answers), (System.nanoTime() - start) / 1_000_000,
                    answers));
            monitor.decided(topology.name(), property);
        }
        return new ClusterResult(topology.name(), nodes, results, Optional.of(topology));
    }

    /** An engine's answer, or UNKNOWN for its reason when it ran out of time or failed. */
    private Answer answer(Engine engine, TimeLimit.Running<Answer> running, Topology topology, Property property,
            Monitor monitor) {
        try {
            return running.await(monitor).orElseGet(() -> {
                Optional<String> basis = engine.basis(topology);
                String reason = "the " + engine.name() + " engine did not decide " + property.id() + " within "
                        + limit.words() + basis.map(on -> " on " + on).orElse(" (" + topology + ")");
                return new Answer(engine.name(), Verdict.unknown(reason), Optional.empty(), basis, limit.limit());
            });
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Answer.of(engine.name(), Verdict.unknown(engine.name() + " failed on " + property.id() + ": "
                    + cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while " + engine.name() + " decided " + property.id());
        }
    }
}
