package org.netroute.tests.ide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The editor benchmark of issue 24: the language server driven over stdio as Neovim drives it
 * (incremental sync, one didChange per edit with a range, its length and the new text), on
 * generated files of racks behind a core router with 30 pods per node. Three edits, each made and
 * undone: break a PodCIDR (the error must appear, then clear), add a firewall with a rule, delete a
 * node block. Prints the time from each didChange to the diagnostics the server publishes for it.
 * {@code EditorBenchmark [ROUNDS [NODES...]]} (defaults 3 rounds, 1000 and 5000 nodes); the system
 * property {@code netroute.server.jvm} adds JVM options to the server (a JFR recording, say).
 */
public final class EditorBenchmark {

    private static final int NODES_PER_RACK = 50;
    private static final int PODS_PER_NODE = 30;
    private static final long TIMEOUT_SECONDS = 120;

    /** One text change as an editor sends it: replace {@code length} characters at {@code offset}. */
    private record Change(int offset, int length, String text) {
    }

    /** An edit and the change that undoes it, and whether making it must show an error. */
    private record Edit(String name, Change make, Change undo, boolean breaks) {
    }

    private final Path file;
    private final String uri;
    private final LspStdioClient client;
    private String text;
    private int version = 1;

    private EditorBenchmark(Path file, LspStdioClient client) throws IOException {
        this.file = file;
        this.uri = file.toUri().toString();
        this.client = client;
        this.text = Files.readString(file, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> sizes = new ArrayList<>();
        for (int index = 1; index < args.length; index++) {
            sizes.add(Integer.parseInt(args[index]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 5_000);
        }
        Path folder = Files.createDirectories(Path.of("target", "editor-benchmark").toAbsolutePath());
        List<String> rows = new ArrayList<>();
        for (int nodes : sizes) {
            // a folder per size: the server builds every file of its workspace
            Path file = Files.createDirectories(folder.resolve(String.valueOf(nodes))).resolve("tunnel-racks-" + nodes
                    + ".netroute");
            Files.writeString(file, NetRouteText.render(RackClusters.generate(Shape.TUNNEL_RACKS, nodes / NODES_PER_RACK,
                    NODES_PER_RACK, PODS_PER_NODE, List.of())), StandardCharsets.UTF_8);
            try (LspStdioClient client = new LspStdioClient(serverCommand())) {
                rows.addAll(new EditorBenchmark(file, client).run(nodes, rounds));
            }
        }
        System.out.println("| nodes (pods, bytes) | edit | change -> diagnostics, ms: median (min-max) | undo -> diagnostics, ms |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static List<String> serverCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = System.getProperty("netroute.server.jvm", "").trim();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        command.add("-cp");
        String surefire = System.getProperty("surefire.test.class.path");
        command.add(surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path"));
        command.add("org.netroute.dsl.ide.server.NetRouteLanguageServer");
        return command;
    }

    private List<String> run(int nodes, int rounds) throws IOException, InterruptedException {
        ObjectNode initialize = LspStdioClient.object().put("processId", ProcessHandle.current().pid())
                .put("rootUri", file.getParent().toUri().toString());
        ObjectNode sync = initialize.putObject("capabilities").putObject("textDocument").putObject("synchronization");
        sync.put("didSave", true).put("dynamicRegistration", false);
        // the server first builds its workspace, the file on disk among it
        long built = System.nanoTime();
        client.request("initialize", initialize, TIMEOUT_SECONDS);
        client.notify("initialized", LspStdioClient.object());
        long buildMillis = (client.await(diagnostics(any -> true), TIMEOUT_SECONDS).nanos() - built) / 1_000_000;
        long opened = System.nanoTime();
        ObjectNode open = LspStdioClient.object();
        open.putObject("textDocument").put("uri", uri).put("languageId", "netroute").put("version", version)
                .put("text", text);
        client.notify("textDocument/didOpen", open);
        long openMillis = (client.await(diagnostics(any -> true), TIMEOUT_SECONDS).nanos() - opened) / 1_000_000;

        List<String> rows = new ArrayList<>();
        String size = String.format(Locale.ROOT, "%,d (%,d, %.1f MB)", nodes, nodes * PODS_PER_NODE,
                text.length() / 1e6);
        rows.add("| " + size + " | start: initialize until the workspace is built | " + buildMillis + " | |");
        rows.add("| " + size + " | open the file (didOpen) | " + openMillis + " | |");
        for (Edit edit : edits(nodes)) {
            long[] made = new long[rounds];
            long[] undone = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                made[round] = change(edit.make(), edit.breaks() ? hasError(true) : any -> true);
                undone[round] = change(edit.undo(), edit.breaks() ? hasError(false) : any -> true);
            }
            rows.add("| " + size + " | " + edit.name() + " | " + summary(made) + " | " + summary(undone) + " |");
        }
        return rows;
    }

    /** The three edits of the issue, placed in the middle rack of the file. */
    private List<Edit> edits(int nodes) {
        int rack = nodes / NODES_PER_RACK / 2;
        List<Edit> edits = new ArrayList<>();
        String podCidr = "pod-cidr: 10." + rack + ".0.0/24";
        int cidr = text.indexOf(podCidr) + podCidr.indexOf("/24") - 1;
        edits.add(new Edit("break a PodCIDR (10." + rack + ".0.0/24 -> 10." + rack + ".0.5/24)", new Change(cidr, 1, "5"),
                new Change(cidr, 1, "0"), true));
        String firewall = "    firewall edge-acl at core {\n        deny tcp port 6443\n    }\n";
        int end = text.lastIndexOf('}');
        edits.add(new Edit("add a firewall rule", new Change(end, 0, firewall), new Change(end, firewall.length(), ""),
                false));
        String header = "    node r" + rack + "n" + (NODES_PER_RACK - 1) + " {\n";
        int start = text.indexOf(header);
        int stop = text.indexOf("\n    }\n", start) + "\n    }\n".length();
        String block = text.substring(start, stop);
        edits.add(new Edit("delete a node block (" + block.lines().count() + " lines)", new Change(start, block.length(), ""),
                new Change(start, 0, block), false));
        return edits;
    }

    /** Sends one change as Neovim does and returns the milliseconds until the diagnostics that answer it. */
    private long change(Change change, Predicate<JsonNode> expected) throws IOException, InterruptedException {
        ObjectNode params = LspStdioClient.object();
        params.putObject("textDocument").put("uri", uri).put("version", ++version);
        ObjectNode content = params.putArray("contentChanges").addObject();
        ObjectNode range = content.putObject("range");
        position(range.putObject("start"), change.offset());
        position(range.putObject("end"), change.offset() + change.length());
        content.put("rangeLength", change.length()).put("text", change.text());
        text = text.substring(0, change.offset()) + change.text() + text.substring(change.offset() + change.length());
        client.drain();
        long sent = System.nanoTime();
        client.notify("textDocument/didChange", params);
        return (client.await(diagnostics(expected), TIMEOUT_SECONDS).nanos() - sent) / 1_000_000;
    }

    private void position(ObjectNode position, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
            line++;
            lineStart = index + 1;
        }
        position.put("line", line).put("character", offset - lineStart);
    }

    private Predicate<JsonNode> diagnostics(Predicate<JsonNode> list) {
        return message -> "textDocument/publishDiagnostics".equals(message.path("method").asText())
                && uri.equals(message.path("params").path("uri").asText())
                && list.test(message.path("params").path("diagnostics"));
    }

    private static Predicate<JsonNode> hasError(boolean wanted) {
        return list -> {
            boolean error = false;
            for (JsonNode diagnostic : list) {
                error |= diagnostic.path("severity").asInt() == 1;
            }
            return error == wanted;
        };
    }

    private static String summary(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] + " (" + sorted[0] + "-" + sorted[sorted.length - 1] + ")";
    }
}
