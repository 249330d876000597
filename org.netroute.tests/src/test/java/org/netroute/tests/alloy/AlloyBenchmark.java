package org.netroute.tests.alloy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.AlloyResult;
import org.netroute.checker.alloy.SatSolverChoice;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.TimeLimit;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.ScaleTopologies.Shape;
import org.netroute.tests.generate.ScaleTopologies;

/**
 * The largest cluster the Alloy engine proves within a time budget, per property and cluster
 * shape (tunnel, native with direct routes, native with BGP; two pods per node). Each series
 * runs in its own JVM: a check past its budget is abandoned, not stopped, and must not slow the
 * next series. Run (from the repository root, after {@code mvn -o install}):
 * <pre>
 * mvn -B -o -q dependency:build-classpath -pl org.netroute.tests -Dmdep.outputFile=/tmp/cp.txt
 * java -cp org.netroute.tests/target/test-classes:$(cat /tmp/cp.txt) org.netroute.tests.alloy.AlloyBenchmark [10 60]
 * </pre>
 */
public final class AlloyBenchmark {

    private static final int[] SIZES = {8, 16, 32, 64, 96, 128, 160, 192, 256, 320, 384, 512, 640, 768, 1024};
    private static final int PODS_PER_NODE = 2;

    private AlloyBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 4 && args[0].equals("series")) {
            series(Property.byId(args[1]), Shape.valueOf(args[2]), Duration.ofSeconds(Long.parseLong(args[3])));
            return;
        }
        List<String> budgets = args.length == 0 ? List.of("10", "60") : List.of(args);
        System.out.println("budget  property      shape                  largest proved (nodes)  time of it");
        for (String budget : budgets) {
            for (Property property : Property.values()) {
                for (Shape shape : Shape.values()) {
                    System.out.println(budget + " s    " + pad(property.id(), 13) + " " + pad(shape.name(), 22) + " "
                            + inChildJvm(property, shape, budget));
                }
            }
        }
    }

    /** Runs one series in a fresh JVM and returns its last line. */
    private static String inChildJvm(Property property, Shape shape, String budget)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx6g", "-cp", System.getProperty("java.class.path"),
                AlloyBenchmark.class.getName(), "series", property.id(), shape.name(), budget)
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    lines.add(line.substring(7));
                }
            }
        }
        process.waitFor();
        return lines.isEmpty() ? "failed" : lines.get(lines.size() - 1);
    }

    /** Grows the cluster until the property is no longer proved within the budget. */
    private static void series(Property property, Shape shape, Duration budget) {
        int largest = 0;
        Duration timeOfLargest = Duration.ZERO;
        for (int nodes : SIZES) {
            Topology topology = ScaleTopologies.generate(shape, nodes, PODS_PER_NODE);
            AlloyEngine engine = new AlloyEngine(SatSolverChoice.best());
            Optional<AlloyResult> decided = decide(() -> engine.result(topology, property), budget);
            if (decided.isEmpty()) {
                break;
            }
            AlloyResult result = decided.get();
            if (result.verdict().status() != Verdict.Status.PROVED || result.time().compareTo(budget) > 0) {
                break;
            }
            largest = nodes;
            timeOfLargest = result.time();
            System.out.println("RESULT " + pad(Integer.toString(largest), 23) + " " + seconds(timeOfLargest));
        }
        if (largest == 0) {
            System.out.println("RESULT none");
        }
        System.exit(0);
    }

    private static Optional<AlloyResult> decide(Callable<AlloyResult> work, Duration budget) {
        try {
            return new TimeLimit(budget).run("benchmark", work);
        } catch (ExecutionException | InterruptedException e) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String pad(String text, int width) {
        return String.format("%-" + width + "s", text);
    }
}
