package org.netroute.tests.scale;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.inject.Injector;
import com.google.inject.Provider;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TopologyBuilder;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.NetRouteStandaloneSetup;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;

/**
 * The CLI's pipeline taken apart so that each phase is timed on its own: parse, validate, build the
 * topology, verify with the interpreter, write the text, JSON and HTML reports.
 */
final class PipelinePhases {

    /** One timed phase. */
    enum Phase {
        PARSE("parse"), VALIDATE("validate"), TOPOLOGY("topology"), VERIFY("interpreter verify"),
        TEXT_REPORT("text report"), JSON_REPORT("JSON report"), HTML_REPORT("HTML report");

        private final String words;

        Phase(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    private final Provider<XtextResourceSet> resourceSets;
    private final IResourceValidator validator;
    private final Verifier verifier = new Verifier(new InterpreterEngine());
    private int files;

    PipelinePhases() {
        Injector injector = new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration();
        resourceSets = injector.getProvider(XtextResourceSet.class);
        validator = injector.getInstance(IResourceValidator.class);
    }

    /**
     * Runs every phase on {@code text} once.
     *
     * @return nanoseconds per phase
     * @throws IllegalStateException when the text is no valid cluster (a probe must be one)
     */
    Map<Phase, Long> run(String text) {
        Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
        XtextResource resource = timed(nanos, Phase.PARSE, () -> parse(text));
        List<Issue> issues = timed(nanos, Phase.VALIDATE,
                () -> validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
        if (issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
            throw new IllegalStateException("the probe is no valid file: " + issues.subList(0, Math.min(3, issues.size())));
        }
        List<Topology> topologies = timed(nanos, Phase.TOPOLOGY, () -> {
            List<Topology> built = new ArrayList<>();
            TopologyBuilder builder = new TopologyBuilder();
            for (Cluster cluster : ((Model) resource.getContents().get(0)).getClusters()) {
                built.add(builder.build(cluster));
            }
            return built;
        });
        List<FileResult> results = timed(nanos, Phase.VERIFY, () -> {
            List<ClusterResult> clusters = new ArrayList<>();
            topologies.forEach(topology -> clusters.add(verifier.verify(topology)));
            return List.of(new FileResult("probe.netroute", List.of(), clusters));
        });
        timed(nanos, Phase.TEXT_REPORT, () -> {
            StringWriter out = new StringWriter();
            new TextReport().write(results, new PrintWriter(out));
            return out.getBuffer().length();
        });
        timed(nanos, Phase.JSON_REPORT, () -> {
            StringWriter out = new StringWriter();
            try {
                new JsonReport().write(results, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.getBuffer().length();
        });
        timed(nanos, Phase.HTML_REPORT, () -> {
            StringWriter out = new StringWriter();
            new HtmlReport().write(results, out);
            return out.getBuffer().length();
        });
        return nanos;
    }

    private XtextResource parse(String text) {
        XtextResource resource = (XtextResource) resourceSets.get()
                .createResource(URI.createURI("probe" + (files++) + ".netroute"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    private static <T> T timed(Map<Phase, Long> nanos, Phase phase, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        nanos.put(phase, System.nanoTime() - start);
        return result;
    }
}
