package org.netroute.tests.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@code ./netroute import} as a user would (a fresh JVM per run, the launcher's options) on a
 * generated dump of 5,000 Nodes, 5,000 CiliumNodes and 150,000 CiliumEndpoints, as YAML and as JSON
 * ({@code kubectl get -o yaml|json}), including the validation of the written file, and prints the
 * wall times for README. It asserts nothing.
 *
 * <p>{@code ImportBenchmark ROOT [NODES [PODS_PER_NODE [ROUNDS]]]}: ROOT is the checkout.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int podsPerNode = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path folder = Files.createDirectories(root.resolve("org.netroute.tests/target/import-benchmark"));
        for (String format : List.of("yaml", "json")) {
            Path dump = Files.createDirectories(folder.resolve(format));
            long start = System.nanoTime();
            write(dump, format, nodes, podsPerNode);
            System.out.printf(Locale.ROOT, "generated the %s dump in %.1f s: %s%n", format, (System.nanoTime() - start) / 1e9,
                    sizes(dump));
        }
        System.out.println("| dump | round | wall s | exit | summary |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            for (String format : List.of("yaml", "json")) {
                Path output = folder.resolve("imported-" + format + ".netroute");
                List<String> command = List.of(root.resolve("netroute").toString(), "import", folder.resolve(format).toString(),
                        "-o", output.toString(), "--force");
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
                List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                int exit = process.waitFor();
                double seconds = (System.nanoTime() - start) / 1e9;
                String summary = lines.stream().filter(line -> line.contains(": cluster ")).findFirst().orElse(
                        lines.isEmpty() ? "" : lines.get(lines.size() - 1));
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d | %s |%n", format, round, seconds, exit,
                        summary.replace("netroute import: ", ""));
            }
        }
    }

    /** The three dumps a user makes with kubectl: nodes, ciliumnodes and ciliumendpoints (-A). */
    private static void write(Path folder, String format, int nodes, int podsPerNode) throws IOException {
        KubeDump nodeDump = new KubeDump();
        KubeDump ciliumNodeDump = new KubeDump();
        KubeDump endpointDump = new KubeDump();
        for (int n = 0; n < nodes; n++) {
            String address = "10.1." + (n / 250) + "." + (n % 250 + 1);
            String name = "ip-" + address.replace('.', '-') + ".eu-west-1.compute.internal";
            String podCidr = "10." + (64 + n / 256) + "." + (n % 256) + ".0/24";
            Map<String, String> labels = Map.of("topology.kubernetes.io/zone", "eu-west-1" + "abc".charAt(n % 3));
            nodeDump.add(KubeDump.node(name, address, podCidr, labels));
            ciliumNodeDump.add(KubeDump.ciliumNode(name, address, podCidr, labels));
            for (int p = 0; p < podsPerNode; p++) {
                String ip = "10." + (64 + n / 256) + "." + (n % 256) + "." + (p + 10);
                endpointDump.add(KubeDump.endpoint("team-" + (p % 10), "app-" + p + "-" + Integer.toString(n, 36), ip, address,
                        n * podsPerNode + p));
            }
        }
        nodeDump.writeList(folder.resolve("nodes." + format));
        ciliumNodeDump.writeList(folder.resolve("ciliumnodes." + format));
        endpointDump.writeList(folder.resolve("ciliumendpoints." + format));
    }

    private static String sizes(Path folder) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                sizes.add(file.getFileName() + " " + String.format(Locale.ROOT, "%.0f MB", Files.size(file) / 1e6));
            }
        }
        return String.join(", ", sizes);
    }
}
