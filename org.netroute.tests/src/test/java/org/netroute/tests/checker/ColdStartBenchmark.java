package org.netroute.tests.checker;

import java.io.ByteArrayInputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * nothing. Beside each phase's wall time it prints the CPU time of the main thread in that phase
 * (less sensitive to other processes on the machine than wall time), and at the end what the JVM
 * spent besides: garbage collection, JIT compilation, the process's whole CPU time, and how many
 * classes were loaded and whether a class-data-sharing archive was mapped (run it with the
 * launcher's -XX:SharedArchiveFile to see that archive's effect).
 */
public final class ColdStartBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long cpuAt;

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        Path file = Path.of(args[0]);
        long mainCpu = THREADS.getCurrentThreadCpuTime();
        cpuAt = mainCpu;
        long t = System.nanoTime();
        Injector injector = new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        long setup = lap(t);
        long setupCpu = cpuLap();
        t = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toAbsolutePath()
                .toString()));
        resource.load(new ByteArrayInputStream(bytes), Map.of());
        long parse = lap(t);
        long parseCpu = cpuLap();
        t = System.nanoTime();
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        long validation = lap(t);
        long validationCpu = cpuLap();
        t = System.nanoTime();
        Topology topology = new TopologyBuilder().build(((Model) resource.getContents().get(0)).getClusters().get(0));
        long building = lap(t);
        long buildingCpu = cpuLap();
        long checks = 0;
        StringBuilder perProperty = new StringBuilder();
        for (Property property : Property.values()) {
            t = System.nanoTime();
            String status = new InterpreterEngine().check(topology, property).status().toString();
            long millis = lap(t);
            checks += millis;
            perProperty.append(String.format("  %-13s %-8s %,6d ms%n", property.id(), status, millis));
        }
        long checksCpu = cpuLap();
        long startup = mainAt - jvmStart;
        long total = startup + setup + parse + validation + building + checks;
        System.out.printf("%s: %,d bytes, %d issues%n", file, bytes.length, issues.size());
        System.out.printf("%-22s %7s %7s %9s%n", "phase", "wall", "share", "main CPU");
        row("JVM start-up to main", startup, total, mainCpu / 1_000_000);
        row("language set-up", setup, total, setupCpu);
        row("read + parse + link", parse, total, parseCpu);
        row("validation", validation, total, validationCpu);
        row("topology", building, total, buildingCpu);
        row("checks (interpreter)", checks, total, checksCpu);
        System.out.print(perProperty);
        System.out.printf("total %,d ms%n", total);
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        long processCpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        System.out.printf("process CPU %,d ms (main thread %,d ms); GC %,d ms; JIT %,d ms; %,d classes%s%n",
                processCpu, THREADS.getCurrentThreadCpuTime() / 1_000_000, gcMillis,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(), sharedClasses());
    }

    /** Whether the JVM maps a CDS archive, and which: the default JDK one or the launcher's (-XX:SharedArchiveFile). */
    private static String sharedClasses() {
        boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
        String archive = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:SharedArchiveFile=")).findFirst().orElse("");
        return !sharing ? ", no CDS" : archive.isEmpty() ? ", JDK's CDS archive" : ", CDS archive " + archive.substring(22);
    }

    private static long cpuLap() {
        long now = THREADS.getCurrentThreadCpuTime();
        long millis = (now - cpuAt) / 1_000_000;
        cpuAt = now;
        return millis;
    }

    private static long lap(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void row(String phase, long millis, long total, long cpuMillis) {
        System.out.printf("%-22s %,7d ms %5.1f %% %,7d ms%n", phase, millis, 100.0 * millis / total, cpuMillis);
    }
}
