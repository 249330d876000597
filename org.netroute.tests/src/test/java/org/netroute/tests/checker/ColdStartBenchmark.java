package org.netroute.tests.checker;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TopologyBuilder;
import org.netroute.checker.verify.Property;
import org.netroute.dsl.NetRouteStandaloneSetup;
import org.netroute.dsl.netRoute.Model;

import com.google.inject.Injector;

/**
 * Where the time of a cold {@code netroute verify --engine interpreter} goes, phase by phase, in
 * one fresh JVM: JVM start-up to main, setting up the language, reading and parsing, validation,
 * building the topology, and each property. Run it on a file (see README); it prints, it asserts
 * nothing.
 */
public final class ColdStartBenchmark {

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        Path file = Path.of(args[0]);
        long t = System.nanoTime();
        Injector injector = new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        long setup = lap(t);
        t = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath()
                .toString()));
        resource.load(new ByteArrayInputStream(bytes), Map.of());
        long parse = lap(t);
        t = System.nanoTime();
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        long validation = lap(t);
        t = System.nanoTime();
        Topology topology = new TopologyBuilder().build(((Model) resource.getContents().get(0)).getClusters().get(0));
        long building = lap(t);
        long checks = 0;
        StringBuilder perProperty = new StringBuilder();
        for (Property property : Property.values()) {
            t = System.nanoTime();
            String status = new InterpreterEngine().check(topology, property).status().toString();
            long millis = lap(t);
            checks += millis;
            perProperty.append(String.format("  %-13s %-8s %,6d ms%n", property.id(), status, millis));
        }
        long startup = mainAt - jvmStart;
        long total = startup + setup + parse + validation + building + checks;
        System.out.printf("%s: %,d bytes, %d issues%n", file, bytes.length, issues.size());
        row("JVM start-up to main", startup, total);
        row("language set-up", setup, total);
        row("read + parse + link", parse, total);
        row("validation", validation, total);
        row("topology", building, total);
        row("checks (interpreter)", checks, total);
        System.out.print(perProperty);
        System.out.printf("total %,d ms%n", total);
    }

    private static long lap(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void row(String phase, long millis, long total) {
        System.out.printf("%-22s %,7d ms %5.1f %%%n", phase, millis, 100.0 * millis / total);
    }
}
