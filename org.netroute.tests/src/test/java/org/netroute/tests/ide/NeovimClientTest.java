package org.netroute.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The language server as a real editor uses it: Neovim (Debian's 0.7, headless) starts the
 * server over stdio with its own LSP client, and a Lua script opens a file, waits for the
 * diagnostics, asks for completion and hover, and applies the host-bits quick fix to the file.
 * Neovim is a build requirement (README, .ci/run); without it this test fails and says so.
 */
class NeovimClientTest {

    private static final String CLUSTER = "cluster prod {\n    \n    segment rack1 {\n        cidr: 192.168.1.7/24\n"
            + "    }\n    node n1 {\n        address: 192.168.1.5 on rack1\n        pod-cidr: 10.244.1.0/24\n    }\n}\n";

    @Test
    void neovimGetsDiagnosticsCompletionHoverAndAppliesTheQuickFix(@TempDir Path folder) throws Exception {
        edit(folder, "org.netroute.dsl.ide.server.NetRouteLanguageServer", "");
    }

    /** The same session with the server started as users start it: {@code netroute lsp}. */
    @Test
    void theCommandLinesLspCommandServesNeovim(@TempDir Path folder) throws Exception {
        edit(folder, "org.netroute.cli.NetRouteCommand", "lsp");
    }

    private void edit(Path folder, String mainClass, String arguments) throws Exception {
        Path file = folder.resolve("prod.netroute");
        Files.writeString(file, CLUSTER, StandardCharsets.UTF_8);
        Path script = folder.resolve("lsp-client.lua");
        try (InputStream lua = getClass().getResourceAsStream("/ide/lsp-client.lua")) {
            Files.copy(lua, script);
        }
        Path out = folder.resolve("result.json");
        ProcessBuilder neovim = new ProcessBuilder("nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c",
                "luafile " + script).redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile());
        neovim.environment().put("NETROUTE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        neovim.environment().put("NETROUTE_CLASSPATH", classpath());
        neovim.environment().put("NETROUTE_FILE", file.toString());
        neovim.environment().put("NETROUTE_OUT", out.toString());
        neovim.environment().put("NETROUTE_MAIN", mainClass);
        neovim.environment().put("NETROUTE_ARGS", arguments);
        Process process;
        try {
            process = neovim.start();
        } catch (IOException e) {
            throw new AssertionError("this test needs Neovim ('nvim' on the PATH; Debian package neovim): " + e, e);
        }
        // a guard against a hang, not a speed check
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "neovim did not finish: " + log(folder));
        assertTrue(Files.exists(out), "neovim wrote no result: " + log(folder));
        JsonNode result = new ObjectMapper().readTree(out.toFile());
        assertEquals(0, result.get("errors").size(), result.toString());

        JsonNode diagnostic = result.get("diagnostics").get(0);
        assertEquals(3, diagnostic.get("range").get("start").get("line").asInt(), result.toString());
        assertEquals("org.netroute.dsl.hostBitsSet", diagnostic.get("code").asText());
        assertTrue(diagnostic.get("message").asText().contains("the network is 192.168.1.0/24"), result.toString());

        List<String> completion = new ArrayList<>();
        result.get("completion").forEach(label -> completion.add(label.asText()));
        assertTrue(completion.containsAll(List.of("segment", "node", "router")), completion.toString());

        String hover = result.get("hover").asText();
        assertTrue(hover.contains("192.168.1.5 is the address of node 'n1'"), hover);

        assertEquals("Change 192.168.1.7/24 to 192.168.1.0/24", result.get("actions").get(0).asText());
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(CLUSTER.replace("192.168.1.7/24", "192.168.1.0/24"), saved);
    }

    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String log(Path folder) throws IOException {
        Path log = folder.resolve("nvim.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }
}
