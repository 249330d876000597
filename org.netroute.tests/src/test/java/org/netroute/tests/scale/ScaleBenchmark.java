package org.netroute.tests.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

/**
 * Runs {@code ./netroute verify} as a user would (a fresh JVM per file, default engines) on
 * generated clusters of 1,000 and 5,000 nodes with 30 pods each, in three shapes, with and
 * without one injected fault, and prints per file the wall time, the exit code, each property's
 * verdict and time, and what the proof ran on. Then the interpreter-only command on the largest
 * file. It prints figures for README; it asserts nothing.
 *
 * <p>{@code ScaleBenchmark ROOT [SIZES...]}: ROOT is the checkout (where {@code netroute} lies).
 */
public final class ScaleBenchmark {

    private static final int PODS_PER_NODE = 30;
    private static final int NODES_PER_RACK = 50;
    private static final Pattern PROPERTY = Pattern.compile("^\\s+(reachability|no-loop|mtu)\\s+(\\w+)\\s+(\\d+) ms");

    /** One benchmark row: a shape, a size and at most one fault. */
    private record Row(String label, Shape shape, int nodes, List<Fault> faults) {
    }

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
            rows.add(new Row("tunnel, racks", Shape.TUNNEL_RACKS, nodes, List.of()));
            rows.add(new Row("native, auto-direct-node-routes", Shape.NATIVE_DIRECT, nodes, List.of()));
            rows.add(new Row("native, BGP to the racks' gateway router", Shape.NATIVE_BGP_GATEWAY, nodes, List.of()));
            rows.add(new Row("native, BGP to rack routers (a peering per rack)", Shape.NATIVE_BGP, nodes, List.of()));
            rows.add(new Row("tunnel, one rack's segment MTU 1400", Shape.TUNNEL_RACKS, nodes,
                    List.of(new Fault(FaultKind.RACK_MTU, 3, 0))));
            rows.add(new Row("tunnel, a firewall at one node denies the tunnel port", Shape.TUNNEL_RACKS, nodes,
                    List.of(new Fault(FaultKind.NODE_FIREWALL, 3, 7))));
            rows.add(new Row("BGP to rack routers, the core null-routes one node's PodCIDR", Shape.NATIVE_BGP, nodes,
                    List.of(new Fault(FaultKind.NULL_ROUTE, 3, 7))));
            rows.add(new Row("BGP to rack routers, one node left out of its rack's peering", Shape.NATIVE_BGP, nodes,
                    List.of(new Fault(FaultKind.UNPEERED, 3, 7))));
            rows.add(new Row("ADNR, one node on another segment behind a router", Shape.NATIVE_DIRECT, nodes,
                    List.of(new Fault(FaultKind.BEHIND_ROUTER, 0, 7))));
        }
        System.out.println("| cluster | nodes (pods) | wall s | exit | reachability | no-loop | mtu | proof ran on |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Path largest = null;
        for (Row row : rows) {
            Path file = folder.resolve(row.shape().name().toLowerCase(Locale.ROOT) + "-" + row.nodes()
                    + (row.faults().isEmpty() ? "" : "-" + row.faults().get(0).kind().name().toLowerCase(Locale.ROOT))
                    + ".netroute");
            Files.writeString(file, NetRouteText.render(RackClusters.generate(row.shape(), row.nodes() / NODES_PER_RACK,
                    NODES_PER_RACK, PODS_PER_NODE, row.faults())), StandardCharsets.UTF_8);
            if (row.faults().isEmpty() && row.shape() == Shape.TUNNEL_RACKS) {
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
