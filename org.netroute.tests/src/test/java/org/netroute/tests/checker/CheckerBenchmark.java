package org.netroute.tests.checker;

import java.util.List;

import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;
import org.netroute.tests.generate.ScaleTopologies.Shape;
import org.netroute.tests.generate.ScaleTopologies;

/**
 * Measures the interpreter's three properties on generated clusters of 100, 1,000 and 5,000 nodes
 * with 10 pods each, in the three shapes. The target is 5,000 nodes in at most 5 s for all three
 * properties. Not a unit test (surefire excludes *Benchmark*); run it with
 * {@code mvn -B -o -q -pl org.netroute.tests test-compile exec:java -Dexec.mainClass=org.netroute.tests.checker.CheckerBenchmark -Dexec.classpathScope=test}.
 * Arguments, if any, replace the node counts.
 */
public final class CheckerBenchmark {

    private CheckerBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(100, 1_000, 5_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        Verifier verifier = new Verifier(new InterpreterEngine());
        // warm-up, so the first measured size is not dominated by JIT compilation
        for (Shape shape : Shape.values()) {
            verifier.verify(ScaleTopologies.generate(shape, 200, 10));
        }
        System.out.printf("%-22s %7s %8s %13s %9s %6s %8s%n", "shape", "nodes", "pods", "reachability", "no-loop", "mtu",
                "total ms");
        boolean allProved = true;
        for (int nodes : sizes) {
            for (Shape shape : Shape.values()) {
                Topology topology = ScaleTopologies.generate(shape, nodes, 10);
                long start = System.nanoTime();
                ClusterResult result = verifier.verify(topology);
                long total = (System.nanoTime() - start) / 1_000_000;
                StringBuilder line = new StringBuilder(String.format("%-22s %7d %8d", shape, nodes, topology.pods().size()));
                for (PropertyResult property : result.properties()) {
                    line.append(String.format(" %9s/%-5d", property.verdict().status().name().substring(0, 1),
                            property.millis()));
                    allProved &= property.verdict().status() == Verdict.Status.PROVED;
                }
                System.out.println(line.append(String.format(" %8d", total)));
            }
        }
        System.out.println(allProved ? "all properties PROVED" : "some property NOT PROVED (generator or engine bug)");
    }
}
