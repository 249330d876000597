package org.netroute.tests.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netroute.tests.scale.PipelinePhases.Phase;

/**
 * Shows that no phase of the pipeline does super-linear work as a file grows: for each
 * {@link SizeProbe}, the median of 5 warm runs of every phase at a tenth of the probe's size (1x)
 * and at its size (10x), and their ratio, which linear work keeps near 10 and must keep at most
 * 15. A run at 1x goes through the small file 10 times and counts a tenth of the time, so that
 * both sizes are measured over the same amount of work: a single small run takes a few
 * milliseconds, which one preemption by a neighbour's build on this shared machine would double.
 * Prints a Markdown table (README, "Benchmarks"); it asserts nothing. Run it with the launcher's
 * JVM options (README).
 *
 * <p>Arguments: the probes to run (default all), each as a name or name=size to try another 10x
 * size, e.g. {@code ROUTES PODS=200000}.
 */
public final class LinearTimeBenchmark {

    private static final int RUNS = 5;
    private static final double LIMIT = 15;
    /** Below this a phase's time is mostly noise, and its ratio says nothing about growth. */
    private static final double NOISE_MILLIS = 5;

    private LinearTimeBenchmark() {
    }

    public static void main(String[] args) {
        List<String> probes = args.length == 0 ? Arrays.stream(SizeProbe.values()).map(SizeProbe::name).toList()
                : List.of(args);
        PipelinePhases pipeline = new PipelinePhases();
        System.out.println("| probe | size 1x / 10x | phase | 1x ms | 10x ms | 10x/1x |");
        System.out.println("|---|---|---|---|---|---|");
        double worst = 0;
        for (String argument : probes) {
            String[] parts = argument.split("=");
            SizeProbe probe = SizeProbe.valueOf(parts[0]);
            int large = parts.length > 1 ? Integer.parseInt(parts[1]) : probe.largeSize();
            String small = probe.text(large / 10);
            String big = probe.text(large);
            // warm-up: both sizes once, so that the measured runs are compiled code
            pipeline.run(small);
            pipeline.run(big);
            Map<Phase, List<Long>> smallRuns = new EnumMap<>(Phase.class);
            Map<Phase, List<Long>> bigRuns = new EnumMap<>(Phase.class);
            // the sizes take turns, so that both see the same load of a shared machine
            for (int run = 0; run < RUNS; run++) {
                measure(pipeline, small, 10, smallRuns);
                measure(pipeline, big, 1, bigRuns);
            }
            Map<Phase, Double> smallMillis = medians(smallRuns);
            Map<Phase, Double> bigMillis = medians(bigRuns);
            for (Phase phase : Phase.values()) {
                double ratio = bigMillis.get(phase) / smallMillis.get(phase);
                boolean meaningful = bigMillis.get(phase) >= NOISE_MILLIS;
                if (meaningful) {
                    worst = Math.max(worst, ratio);
                }
                System.out.printf(Locale.ROOT, "| %s | %,d / %,d %s | %s | %.1f | %.1f | %s |%n", probe.name(), large / 10, large,
                        probe.unit(), phase.words(), smallMillis.get(phase), bigMillis.get(phase),
                        meaningful ? String.format(Locale.ROOT, "%.1f%s", ratio, ratio > LIMIT ? " OVER " + LIMIT : "")
                                : String.format(Locale.ROOT, "(%.1f, under %.0f ms)", ratio, NOISE_MILLIS));
            }
        }
        System.out.printf(Locale.ROOT, "largest 10x/1x ratio of a phase taking %.0f ms or more: %.1f (limit %.0f)%n",
                NOISE_MILLIS, worst, LIMIT);
    }

    /** One run: every phase's time in nanoseconds, the run going through the text {@code times} times. */
    private static void measure(PipelinePhases pipeline, String text, int times, Map<Phase, List<Long>> runs) {
        System.gc();
        Map<Phase, Long> total = new EnumMap<>(Phase.class);
        for (int time = 0; time < times; time++) {
            pipeline.run(text).forEach((phase, nanos) -> total.merge(phase, nanos, Long::sum));
        }
        total.forEach((phase, nanos) -> runs.computeIfAbsent(phase, p -> new ArrayList<>()).add(nanos / times));
    }

    /** The median of every phase's runs, in milliseconds. */
    private static Map<Phase, Double> medians(Map<Phase, List<Long>> runs) {
        Map<Phase, Double> medians = new EnumMap<>(Phase.class);
        runs.forEach((phase, nanos) -> {
            List<Long> sorted = nanos.stream().sorted().toList();
            medians.put(phase, sorted.get(sorted.size() / 2) / 1e6);
        });
        return medians;
    }
}
