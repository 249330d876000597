package org.netroute.tests.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.netroute.checker.topology.Topology;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.PoolClusters;
import org.netroute.tests.generate.PoolClusters.JoinOrder;
import org.netroute.tests.generate.PoolClusters.PoolRoutes;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

/**
 * Runs {@code ./netroute verify} as a user would (a fresh JVM per file, default engines) on
 * generated clusters of 1,000 and 5,000 nodes with 30 pods each, in the rack shapes, with and
 * without one injected fault, then in the pool shapes ({@link PoolClusters}: PodCIDRs handed out
 * round-robin across the racks from several pool CIDRs, a discard route per pool on the core, a
 * discard route for one pool, a summary route per pool towards the core; and one row with a
 * seeded random join order), and prints per file the wall time, the exit code, each property's
 * verdict and time, and what the proof ran on. Then the interpreter-only command on the largest
 * file. It prints figures for README; it asserts nothing.
 *
 * <p>{@code ScaleBenchmark ROOT [SIZES...]}: ROOT is the checkout (where {@code netroute} lies);
 * {@code -Dnetroute.scale.only=PREFIX} runs only the rows whose file name starts with PREFIX
 * (e.g. {@code pools}).
 */
public final class ScaleBenchmark {

    private static final int PODS_PER_NODE = 30;
    private static final int NODES_PER_RACK = 50;
    private static final Pattern PROPERTY = Pattern.compile("^\\s+(reachability|no-loop|mtu)\\s+(\\w+)\\s+(\\d+) ms");

    /** One benchmark row: a cluster of a size, written to a file named by {@code stem}. */
    private record Row(String label, String stem, int nodes, Supplier<Topology> cluster) {

        static Row racks(String label, Shape shape, int nodes, List<Fault> faults) {
            return new Row(label, shape.name().toLowerCase(Locale.ROOT) + "-" + nodes
                    + (faults.isEmpty() ? "" : "-" + faults.get(0).kind().name().toLowerCase(Locale.ROOT)), nodes,
                    () -> RackClusters.generate(shape, nodes / NODES_PER_RACK, NODES_PER_RACK, PODS_PER_NODE, faults));
        }

        /**
         * A pool cluster: pools of the smallest power of two of /24s holding a fifth of the nodes (at
         * 1,000 nodes four /16s, at 5,000 five /14s), every pool but the last used up.
         */
        static Row pools(String label, PoolClusters.Shape shape, PoolRoutes routes, JoinOrder order, int nodes,
                List<PoolClusters.Fault> faults) {
            int poolBlocks = Integer.highestOneBit(Math.max(1, nodes / 5 - 1)) * 2;
            PoolClusters.Plan plan = new PoolClusters.Plan(shape, nodes / NODES_PER_RACK, NODES_PER_RACK,
                    PODS_PER_NODE, poolBlocks, order, RANDOM_ORDER_SEED, routes, faults);
            return new Row(label, "pools-" + shape.name().toLowerCase(Locale.ROOT) + "-"
                    + routes.name().toLowerCase(Locale.ROOT) + "-" + order.name().toLowerCase(Locale.ROOT) + "-" + nodes
                    + (faults.isEmpty() ? "" : "-" + faults.get(0).kind().name().toLowerCase(Locale.ROOT)), nodes,
                    () -> PoolClusters.generate(plan));
        }
    }

    /** The seed of the random join order's row. */
    private static final long RANDOM_ORDER_SEED = 20;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 5_000);
        }
        Path folder = Files.createDirectories(root.resolve("org.netroute.tests/target/scale-benchmark"));
        List<Row> rows = new ArrayList<>();
        for (int nodes : sizes) {
            rows.add(Row.racks("tunnel, racks", Shape.TUNNEL_RACKS, nodes, List.of()));
            rows.add(Row.racks("native, auto-direct-node-routes", Shape.NATIVE_DIRECT, nodes, List.of()));
            rows.add(Row.racks("native, BGP to the racks' gateway router", Shape.NATIVE_BGP_GATEWAY, nodes, List.of()));
            rows.add(Row.racks("native, BGP to rack routers (a peering per rack)", Shape.NATIVE_BGP, nodes, List.of()));
            rows.add(Row.racks("tunnel, one rack's segment MTU 1400", Shape.TUNNEL_RACKS, nodes,
                    List.of(new Fault(FaultKind.RACK_MTU, 3, 0))));
            rows.add(Row.racks("tunnel, a firewall at one node denies the tunnel port", Shape.TUNNEL_RACKS, nodes,
                    List.of(new Fault(FaultKind.NODE_FIREWALL, 3, 7))));
            rows.add(Row.racks("BGP to rack routers, the core null-routes one node's PodCIDR", Shape.NATIVE_BGP, nodes,
                    List.of(new Fault(FaultKind.NULL_ROUTE, 3, 7))));
            rows.add(Row.racks("BGP to rack routers, one node left out of its rack's peering", Shape.NATIVE_BGP, nodes,
                    List.of(new Fault(FaultKind.UNPEERED, 3, 7))));
            rows.add(Row.racks("ADNR, one node on another segment behind a router", Shape.NATIVE_DIRECT, nodes,
                    List.of(new Fault(FaultKind.BEHIND_ROUTER, 0, 7))));
            for (List<PoolClusters.Fault> faults : List.<List<PoolClusters.Fault>>of(List.of(),
                    List.of(new PoolClusters.Fault(PoolClusters.FaultKind.NULL_ROUTE, 3, 7)))) {
                rows.add(Row.pools("pools round-robin, BGP to the core, a discard route per pool on the core"
                        + (faults.isEmpty() ? "" : ", the core null-routes one node's PodCIDR"),
                        PoolClusters.Shape.BGP_GATEWAY, PoolRoutes.DISCARD_EVERY_POOL, JoinOrder.ROUND_ROBIN, nodes,
                        faults));
            }
            for (List<PoolClusters.Fault> faults : List.<List<PoolClusters.Fault>>of(List.of(),
                    List.of(new PoolClusters.Fault(PoolClusters.FaultKind.NODE_FIREWALL, 3, 7)))) {
                rows.add(Row.pools("pools round-robin, tunnel, the core discards one pool of several"
                        + (faults.isEmpty() ? "" : ", a firewall at one node denies the tunnel port"),
                        PoolClusters.Shape.TUNNEL, PoolRoutes.DISCARD_ONE_POOL, JoinOrder.ROUND_ROBIN, nodes, faults));
            }
            for (List<PoolClusters.Fault> faults : List.<List<PoolClusters.Fault>>of(List.of(),
                    List.of(new PoolClusters.Fault(PoolClusters.FaultKind.UNPEERED, 3, 7)),
                    List.of(new PoolClusters.Fault(PoolClusters.FaultKind.MISROUTE, 3, 7)))) {
                String fault = faults.isEmpty() ? ""
                        : faults.get(0).kind() == PoolClusters.FaultKind.UNPEERED
                                ? ", one node left out of its rack's peering"
                                : ", the core routes one PodCIDR to the wrong rack, which sends it back (a loop)";
                rows.add(Row.pools("pools round-robin, BGP to rack routers, a summary route per pool towards the core"
                        + fault, PoolClusters.Shape.BGP_RACK_ROUTERS, PoolRoutes.SUMMARY_PER_POOL,
                        JoinOrder.ROUND_ROBIN, nodes, faults));
            }
            rows.add(Row.pools("pools in a random join order (seed " + RANDOM_ORDER_SEED + "), BGP to the core,"
                    + " a discard route per pool on the core", PoolClusters.Shape.BGP_GATEWAY,
                    PoolRoutes.DISCARD_EVERY_POOL, JoinOrder.RANDOM, nodes, List.of()));
        }
        String only = System.getProperty("netroute.scale.only", "");
        rows.removeIf(row -> !row.stem().startsWith(only));
        System.out.println("| cluster | nodes (pods) | wall s | exit | reachability | no-loop | mtu | proof ran on |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Path largest = null;
        for (Row row : rows) {
            Path file = folder.resolve(row.stem() + ".netroute");
            Files.writeString(file, NetRouteText.render(row.cluster().get()), StandardCharsets.UTF_8);
            if (row.stem().equals("tunnel_racks-" + row.nodes())) {
                largest = file;
            }
            Run run = Run.of(root, List.of("verify", file.toString()));
            System.out.printf(Locale.ROOT, "| %s | %,d (%,d) | %.1f | %d | %s | %s | %s | %s |%n", row.label(),
                    row.nodes(), row.nodes() * PODS_PER_NODE, run.seconds(), run.exitCode(), property(run, "reachability"),
                    property(run, "no-loop"), property(run, "mtu"), basis(run));
        }
        if (largest != null) {
            Run run = Run.of(root, List.of("verify", "--engine", "interpreter", largest.toString()));
            System.out.printf(Locale.ROOT, "interpreter only, %s: %.1f s wall, exit %d%n", largest.getFileName(),
                    run.seconds(), run.exitCode());
        }
    }

    private static String property(Run run, String id) {
        for (String line : run.lines()) {
            Matcher matcher = PROPERTY.matcher(line);
            if (matcher.find() && matcher.group(1).equals(id)) {
                return matcher.group(2) + " " + String.format(Locale.ROOT, "%.1f s", Long.parseLong(matcher.group(3))
                        / 1000.0);
            }
        }
        return "?";
    }

    private static String basis(Run run) {
        return run.lines().stream().filter(line -> line.trim().startsWith("proof ran on: "))
                .map(line -> line.trim().substring("proof ran on: ".length())).findFirst().orElse("the whole network");
    }

    /** One run of the launcher: its output lines, exit code and wall time. */
    private record Run(List<String> lines, int exitCode, double seconds) {

        static Run of(Path root, List<String> arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(root.resolve("netroute").toString());
            command.addAll(arguments);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .toList();
            int exit = process.waitFor();
            return new Run(lines, exit, (System.nanoTime() - start) / 1e9);
        }
    }
}
