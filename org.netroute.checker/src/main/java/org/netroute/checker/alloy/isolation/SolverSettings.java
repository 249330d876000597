package org.netroute.checker.alloy.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the solver process's JVM runs: the launcher's measured options (the throughput collector,
 * C1 only: short solves do not repay C2's compile time on two cores) and an optional heap limit,
 * beyond which the process ends on an OutOfMemoryError and the property is UNKNOWN for that reason.
 *
 * @param maxHeapMegabytes the process's maximum heap, or empty for the JVM's default (a quarter of memory)
 */
public record SolverSettings(Optional<Integer> maxHeapMegabytes) {

    /** The JVM's default heap. */
    public static SolverSettings defaults() {
        return new SolverSettings(Optional.empty());
    }

    /** A heap limit, e.g. to show in a test that an out-of-memory is an UNKNOWN. */
    public static SolverSettings withHeap(int megabytes) {
        return new SolverSettings(Optional.of(megabytes));
    }

    List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true"));
        maxHeapMegabytes.ifPresent(megabytes -> options.add("-Xmx" + megabytes + "m"));
        return options;
    }

    String heapWords() {
        return maxHeapMegabytes.map(megabytes -> megabytes + " MB").orElse("the JVM's default, a quarter of memory");
    }
}
