package org.netroute.tests.ide;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A language server client over stdio, as an editor is one: it starts the server process, frames
 * JSON-RPC messages with Content-Length headers, answers the server's own requests, and hands the
 * test or benchmark each notification the server sends (publishDiagnostics) with the time it arrived.
 */
final class LspStdioClient implements Closeable {

    /** A message from the server and the {@link System#nanoTime()} at which it was read. */
    record Received(JsonNode message, long nanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process server;
    private final OutputStream toServer;
    private final BlockingQueue<Received> notifications = new LinkedBlockingQueue<>();
    private final BlockingQueue<Received> responses = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Thread reader;

    LspStdioClient(List<String> command) throws IOException {
        server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toServer = server.getOutputStream();
        InputStream fromServer = new BufferedInputStream(server.getInputStream());
        reader = new Thread(() -> read(fromServer), "lsp-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Sends a request and waits for its response. */
    JsonNode request(String method, JsonNode params, long timeoutSeconds) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = object().put("jsonrpc", "2.0").put("id", id).put("method", method);
        message.set("params", params);
        send(message);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            Received response = responses.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response == null) {
                throw new IOException("no answer to " + method + " within " + timeoutSeconds + " s");
            }
            if (response.message().path("id").asInt() == id) {
                return response.message();
            }
        }
    }

    void notify(String method, JsonNode params) throws IOException {
        ObjectNode message = object().put("jsonrpc", "2.0").put("method", method);
        message.set("params", params);
        send(message);
    }

    /** The next notification that matches, dropping the others; an IOException when none comes in time. */
    Received await(Predicate<JsonNode> wanted, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            Received next = notifications.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new IOException("the server sent nothing wanted within " + timeoutSeconds + " s");
            }
            if (wanted.test(next.message())) {
                return next;
            }
        }
    }

    /** Drops what the server sent so far. */
    void drain() {
        notifications.clear();
    }

    private synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(in)).isEmpty()) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).trim());
                    }
                }
                if (length < 0) {
                    return;
                }
                byte[] body = in.readNBytes(length);
                long now = System.nanoTime();
                JsonNode message = JSON.readTree(body);
                if (message.has("method") && message.has("id")) {
                    answer(message);
                } else if (message.has("method")) {
                    notifications.add(new Received(message, now));
                } else {
                    responses.add(new Received(message, now));
                }
            }
        } catch (IOException ended) {
            // the server closed its output: the client is done
        }
    }

    /** The server's requests (configuration, capability registration, progress) get an empty answer. */
    private void answer(JsonNode request) throws IOException {
        ObjectNode response = object().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        if ("workspace/configuration".equals(request.get("method").asText())) {
            ArrayNode items = response.putArray("result");
            request.path("params").path("items").forEach(item -> items.addNull());
        } else {
            response.putNull("result");
        }
        send(response);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (next != '\r') {
                bytes.write(next);
            }
        }
        if (next == -1 && bytes.size() == 0) {
            throw new IOException("end of stream");
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        try {
            request("shutdown", null, 30);
            notify("exit", null);
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroy();
        } catch (IOException e) {
            server.destroy();
        }
    }
}
