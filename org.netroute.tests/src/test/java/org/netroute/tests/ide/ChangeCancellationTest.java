package org.netroute.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The language server over stdio, as an editor drives it: when the next change arrives while the
 * previous one is still being built and validated, that build is cancelled, so its diagnostics (of
 * a text that no longer exists) never reach the editor; only the latest text's do.
 */
class ChangeCancellationTest {

    private static final long TIMEOUT_SECONDS = 120;

    private int line;
    private int character;

    @Test
    void aChangeCancelsTheValidationOfThePreviousOne(@TempDir Path folder) throws Exception {
        String text = NetRouteText.render(RackClusters.generate(Shape.TUNNEL_RACKS, 20, 50, 30, List.of()));
        Path file = folder.resolve("racks.netroute");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        int digit = text.indexOf("pod-cidr: 10.10.0.0/24") + "pod-cidr: 10.10.0.".length();
        line = (int) text.substring(0, digit).chars().filter(c -> c == '\n').count();
        character = digit - (text.lastIndexOf('\n', digit) + 1);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classpath(), "org.netroute.dsl.ide.server.NetRouteLanguageServer");
        try (LspStdioClient client = new LspStdioClient(command)) {
            ObjectNode initialize = LspStdioClient.object().put("processId", ProcessHandle.current().pid())
                    .put("rootUri", folder.toUri().toString());
            initialize.putObject("capabilities");
            client.request("initialize", initialize, TIMEOUT_SECONDS);
            client.notify("initialized", LspStdioClient.object());
            ObjectNode open = LspStdioClient.object();
            open.putObject("textDocument").put("uri", uri).put("languageId", "netroute").put("version", 1).put("text", text);
            client.notify("textDocument/didOpen", open);
            client.await(message -> diagnosticsOf(message, uri) != null && errors(diagnosticsOf(message, uri)) == 0,
                    TIMEOUT_SECONDS);

            // how long one change takes here once warm (the shortest of six), so that the next change
            // surely arrives while one is validated
            long oneChangeMillis = Long.MAX_VALUE;
            int version = 1;
            for (int round = 0; round < 3; round++) {
                for (String digitText : List.of("5", "0")) {
                    int expectedErrors = digitText.equals("5") ? 1 : 0;
                    long start = System.nanoTime();
                    client.notify("textDocument/didChange", change(uri, ++version, digit, digitText));
                    client.await(message -> diagnosticsOf(message, uri) != null
                            && errors(diagnosticsOf(message, uri)) == expectedErrors, TIMEOUT_SECONDS);
                    oneChangeMillis = Math.min(oneChangeMillis, (System.nanoTime() - start) / 1_000_000);
                }
            }

            client.drain();
            client.notify("textDocument/didChange", change(uri, ++version, digit, "5"));
            Thread.sleep(Math.max(10, oneChangeMillis / 5));
            client.notify("textDocument/didChange", change(uri, ++version, digit, "0"));
            List<Integer> published = new ArrayList<>();
            JsonNode last;
            do {
                last = diagnosticsOf(client.await(message -> diagnosticsOf(message, uri) != null, TIMEOUT_SECONDS).message(),
                        uri);
                published.add(errors(last));
            } while (errors(last) != 0);
            assertFalse(published.contains(1), "the broken text's diagnostics were published: " + published
                    + " (one change takes " + oneChangeMillis + " ms here)");
            assertEquals(List.of(0), published, "one answer, for the latest text");
        }
    }

    /** Replaces the one character at {@code offset} (the text keeps its length, so positions stay put). */
    private ObjectNode change(String uri, int version, int offset, String digit) {
        ObjectNode params = LspStdioClient.object();
        params.putObject("textDocument").put("uri", uri).put("version", version);
        ObjectNode content = params.putArray("contentChanges").addObject();
        ObjectNode range = content.putObject("range");
        range.putObject("start").put("line", line).put("character", character);
        range.putObject("end").put("line", line).put("character", character + 1);
        content.put("rangeLength", 1).put("text", digit);
        return params;
    }

    private static JsonNode diagnosticsOf(JsonNode message, String uri) {
        return "textDocument/publishDiagnostics".equals(message.path("method").asText())
                && uri.equals(message.path("params").path("uri").asText()) ? message.path("params").path("diagnostics")
                        : null;
    }

    private static int errors(JsonNode diagnostics) {
        int errors = 0;
        for (JsonNode diagnostic : diagnostics) {
            errors += diagnostic.path("severity").asInt() == 1 ? 1 : 0;
        }
        return errors;
    }

    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
