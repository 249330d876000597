package org.netroute.tests.compress;

import java.util.List;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.topology.Topology;
import org.netroute.tests.generate.RackClusters.Shape;
import org.netroute.tests.generate.RackClusters;

/**
 * Prints how long compression takes and what it keeps for 1,000 and 5,000 nodes of 30 pods in the
 * three shapes (racks of 50 nodes), best of five runs, wall-clock and CPU time of the compressing thread
 * (they differ when other processes share the cores). A main class, not a test: timings depend on the machine.
 */
public final class CompressionBenchmark {

    private static final int RUNS = 5;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CompressionBenchmark() {
    }

    public static void main(String[] args) {
        for (int nodes : new int[] {1_000, 5_000}) {
            for (Shape shape : Shape.values()) {
                int racks = nodes / 50;
                Topology topology = RackClusters.generate(shape, racks, 50, 30, List.of());
                CompressedNetwork network = CompressedNetwork.of(topology);
                long bestWall = Long.MAX_VALUE;
                long bestCpu = Long.MAX_VALUE;
                for (int run = 0; run < RUNS; run++) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    network = CompressedNetwork.of(topology);
                    bestWall = Math.min(bestWall, System.nanoTime() - start);
                    bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
                }
                int routes = topology.routers().stream().mapToInt(router -> router.routes().size()).sum();
                System.out.printf("%-13s %,6d nodes, %,7d routes: %,6d ms wall, %,6d ms cpu  %s%n", shape, nodes, routes,
                        bestWall / 1_000_000, bestCpu / 1_000_000, network.summary());
            }
        }
    }
}
