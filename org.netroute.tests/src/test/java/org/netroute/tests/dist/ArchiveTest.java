package org.netroute.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.cli.NetRouteCommand;

/**
 * The release archive as a user meets it: unpacked into an empty folder, run with a Java runtime
 * and the shell's tools but no Maven on the PATH, no source tree and an empty home folder.
 * {@code bin/netroute verify} gives the source tree's verdicts and makes its class-data-sharing
 * archive on the first run; {@code bin/netroute lsp} serves Neovim.
 */
class ArchiveTest {

    private static final Path ROOT = Path.of(System.getProperty("netroute.root", "..")).toAbsolutePath().normalize();
    /** What the launcher and Neovim call; nothing else is on the PATH. */
    private static final List<String> TOOLS = List.of("sh", "dirname", "readlink", "awk", "md5sum", "cut", "zip",
            "unzip", "grep", "stat", "find", "mkdir", "rm", "mv", "cp", "cat", "basename", "nvim");

    @TempDir
    Path temp;

    @Test
    void theUnpackedArchiveVerifiesTheExamplesAsTheSourceTreeDoes() throws Exception {
        Path installation = unpack();
        Path examples = Files.createDirectories(temp.resolve("work/examples"));
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".netroute")).toList()) {
                Files.copy(file, examples.resolve(file.getFileName()));
            }
        }
        List<String> command = List.of(installation.resolve("bin/netroute").toString(), "verify", "--engine",
                "interpreter", "--format", "json", "examples");
        Run first = run(command, temp.resolve("work"));
        assertEquals(1, first.exitCode(), "exit 1: some example is VIOLATED\n" + first.err());
        try (Stream<Path> archives = Files.walk(installation.resolve("cds"))) {
            assertTrue(archives.anyMatch(path -> path.getFileName().toString().equals("netroute.jsa")),
                    "the first verify made the class-data-sharing archive inside the writable installation");
        }
        Run second = run(command, temp.resolve("work"));
        assertEquals(verdicts(first.out()), verdicts(second.out()), "the second run, on the archive, says the same");

        List<String> inProcess = new ArrayList<>(List.of("verify", "--engine", "interpreter", "--format", "json"));
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            files.filter(path -> path.toString().endsWith(".netroute")).map(Path::toString).forEach(inProcess::add);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        int code = NetRouteCommand.run(inProcess.toArray(String[]::new), new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(1, code);
        List<String> installed = verdicts(first.out());
        assertEquals(verdicts(out.toString()), installed);
        assertTrue(installed.size() >= 24 * 3, "every example's verdicts: " + installed);
    }

    @Test
    void theUnpackedArchivesLspCommandServesNeovim() throws Exception {
        Path installation = unpack();
        Path folder = Files.createDirectories(temp.resolve("editor"));
        String cluster = "cluster prod {\n    \n    segment rack1 {\n        cidr: 192.168.1.7/24\n"
                + "    }\n    node n1 {\n        address: 192.168.1.5 on rack1\n        pod-cidr: 10.244.1.0/24\n    }\n}\n";
        Path file = Files.writeString(folder.resolve("prod.netroute"), cluster, StandardCharsets.UTF_8);
        Path script = folder.resolve("lsp-client.lua");
        try (InputStream lua = getClass().getResourceAsStream("/ide/lsp-client.lua")) {
            Files.copy(lua, script);
        }
        Path result = folder.resolve("result.json");
        Run neovim = run(List.of("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile " + script), folder,
                Map.of("NETROUTE_COMMAND", installation.resolve("bin/netroute").toString(), "NETROUTE_ARGS", "lsp",
                        "NETROUTE_FILE", file.toString(), "NETROUTE_OUT", result.toString()));
        assertTrue(Files.exists(result), "neovim wrote no result: " + neovim.out() + neovim.err());
        JsonNode answer = new ObjectMapper().readTree(result.toFile());
        assertEquals(0, answer.get("errors").size(), answer.toString());
        JsonNode diagnostic = answer.get("diagnostics").get(0);
        assertEquals("org.netroute.dsl.hostBitsSet", diagnostic.get("code").asText(), answer.toString());
        assertEquals(3, diagnostic.get("range").get("start").get("line").asInt(), answer.toString());
    }

    /** Unpacks the .tar.gz the build made into an empty folder; the .zip beside it holds the same. */
    private Path unpack() throws Exception {
        Path target = ROOT.resolve("org.netroute.cli/target");
        Path archive;
        try (Stream<Path> files = Files.list(target)) {
            archive = files.filter(path -> path.getFileName().toString().matches("netroute-.+\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no netroute-VERSION.tar.gz in " + target));
        }
        assertTrue(Files.exists(Path.of(archive.toString().replaceFirst("\\.tar\\.gz$", ".zip"))), "the .zip too");
        Path into = Files.createDirectories(temp.resolve("install"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString()).inheritIO().start();
        assertTrue(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0, "tar unpacked the archive");
        try (Stream<Path> top = Files.list(into)) {
            List<Path> folders = top.toList();
            assertEquals(1, folders.size(), "one top folder: " + folders);
            Path installation = folders.get(0);
            assertTrue(Files.isExecutable(installation.resolve("bin/netroute")), "bin/netroute is executable");
            assertTrue(Files.exists(installation.resolve("README.md")), "the README");
            try (Stream<Path> jars = Files.list(installation.resolve("lib"))) {
                List<String> names = jars.map(path -> path.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(name -> name.startsWith("org.netroute.cli-")), names.toString());
                assertTrue(names.stream().anyMatch(name -> name.startsWith("org.netroute.dsl.ide-")), names.toString());
            }
            return installation;
        }
    }

    private Run run(List<String> command, Path directory) throws Exception {
        return run(command, directory, Map.of());
    }

    /** Runs with only {@link #TOOLS} and java on the PATH, an empty home folder and no JAVA_HOME. */
    private Run run(List<String> command, Path directory, Map<String, String> variables) throws Exception {
        Path bin = temp.resolve("path");
        if (!Files.isDirectory(bin)) {
            Files.createDirectories(bin);
            Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
            for (String tool : TOOLS) {
                Path found = which(tool);
                Files.createSymbolicLink(bin.resolve(tool), found);
            }
        }
        Path home = Files.createDirectories(temp.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(variables);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // a guard against a hang, not a speed check
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "ended: " + command);
        assertFalse(Files.exists(bin.resolve("mvn")), "no Maven on the PATH");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path which(String tool) {
        for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("this test needs " + tool + " on the PATH");
    }

    /** file name, cluster, property and verdict, one line each, sorted. */
    private static List<String> verdicts(String json) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode file : new ObjectMapper().readTree(json).path("files")) {
            String name = Path.of(file.path("file").asText()).getFileName().toString();
            for (JsonNode cluster : file.path("clusters")) {
                for (JsonNode property : cluster.path("properties")) {
                    lines.add(name + " " + cluster.path("name").asText() + " " + property.path("property").asText() + " "
                            + property.path("verdict").asText());
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private record Run(int exitCode, String out, String err) {
    }
}
