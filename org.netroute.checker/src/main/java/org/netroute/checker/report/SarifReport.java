package org.netroute.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Severity;
import org.netroute.checker.verify.Verdict;
import org.netroute.dsl.validation.IssueCodes;

/**
 * The run as a SARIF 2.1.0 log, the format code-review tools read (GitHub code scanning, GitLab,
 * Azure DevOps, the VS Code SARIF viewer): a VIOLATED property is an error at the declaration
 * where its counterexample fails, with the hops as a code flow; an UNKNOWN is a warning with its
 * reason; input problems are results of rule {@code netroute/syntax} or {@code netroute/<issue code>}.
 * File URIs are relative to a source root, named {@value #SOURCE_ROOT}.
 */
public final class SarifReport {

    /** The uriBaseId of every artifact location. */
    public static final String SOURCE_ROOT = "%SRCROOT%";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String RULE_PREFIX = "netroute/";
    /** A problem found while building the topology, after validation passed. */
    private static final String TOPOLOGY_RULE = RULE_PREFIX + "topology";
    /** A file that could not be read at all. */
    private static final String INPUT_RULE = RULE_PREFIX + "input";
    private static final String SYNTAX_RULE = RULE_PREFIX + "syntax";
    private static final String PACKAGE_PREFIX = "org.netroute.dsl.";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Path sourceRoot;

    /** @param sourceRoot the folder URIs are relative to (the checkout's root: the working directory, a project's basedir) */
    public SarifReport(Path sourceRoot) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    public void write(List<FileResult> files, Writer out) throws IOException {
        mapper.writeValue(out, toJson(files));
    }

    public ObjectNode toJson(List<FileResult> files) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Property property : Property.values()) {
            rules.put(RULE_PREFIX + property.id(), description(property));
        }
        List<ObjectNode> results = new ArrayList<>();
        for (FileResult file : files) {
            String uri = uri(file.file());
            for (Diagnostic diagnostic : file.diagnostics()) {
                String rule = rule(diagnostic);
                rules.putIfAbsent(rule, ruleDescription(rule));
                results.add(diagnosticResult(rule, diagnostic, uri));
            }
            for (ClusterResult cluster : file.clusters()) {
                for (PropertyResult property : cluster.properties()) {
                    verdictResult(uri, cluster, property).ifPresent(results::add);
                }
            }
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());

        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "NetRoute");
        ArrayNode ruleArray = driver.putArray("rules");
        rules.forEach((id, text) -> {
            ObjectNode rule = ruleArray.addObject();
            rule.put("id", id);
            rule.put("name", id.substring(RULE_PREFIX.length()));
            rule.putObject("shortDescription").put("text", text);
        });
        String root = sourceRoot.toUri().toString();
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", root.endsWith("/") ? root : root + "/");
        ArrayNode resultArray = run.putArray("results");
        for (ObjectNode result : results) {
            result.put("ruleIndex", ruleIds.indexOf(result.get("ruleId").asText()));
            resultArray.add(result);
        }
        return log;
    }

    private ObjectNode diagnosticResult(String rule, Diagnostic diagnostic, String uri) {
        ObjectNode result = mapper.createObjectNode();
        result.put("ruleId", rule);
        result.put("level", switch (diagnostic.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        });
        result.putObject("message").put("text", diagnostic.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical, uri);
        if (diagnostic.line() > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", diagnostic.line());
            if (diagnostic.column() > 0) {
                region.put("startColumn", diagnostic.column());
            }
        }
        return result;
    }

    private Optional<ObjectNode> verdictResult(String uri, ClusterResult cluster, PropertyResult property) {
        String rule = RULE_PREFIX + property.property().id();
        Optional<Topology> topology = cluster.topology();
        int clusterLine = topology.map(Topology::location).map(SourceLocation::line).orElse(0);
        ObjectNode result = mapper.createObjectNode();
        result.put("ruleId", rule);
        if (property.verdict() instanceof Verdict.Violated violated) {
            Counterexample counterexample = violated.counterexample();
            Hop failing = counterexample.failingHop();
            result.put("level", "error");
            result.putObject("message").put("text", "cluster " + cluster.name() + ": " + property.property().id()
                    + " VIOLATED from " + counterexample.from() + " to " + counterexample.to() + " ("
                    + counterexample.disposition() + " at " + counterexample.at() + "): "
                    + counterexample.explanation() + " Hint: " + counterexample.hint());
            int line = line(failing, topology).orElse(clusterLine);
            location(result.putArray("locations").addObject(), uri, line, Optional.empty());
            ArrayNode flow = result.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                    .putArray("locations");
            for (Hop hop : counterexample.hops()) {
                ObjectNode step = flow.addObject();
                location(step.putObject("location"), uri, line(hop, topology).orElse(0),
                        Optional.of(HopWords.line(hop)));
                if (hop == failing) {
                    step.put("importance", "essential");
                }
            }
        } else if (property.verdict() instanceof Verdict.Unknown unknown) {
            result.put("level", "warning");
            result.putObject("message").put("text", "cluster " + cluster.name() + ": " + property.property().id()
                    + " UNKNOWN: " + unknown.reason());
            location(result.putArray("locations").addObject(), uri, clusterLine, Optional.empty());
        } else {
            return Optional.empty();
        }
        result.putObject("partialFingerprints").put("netroute/cluster-property/v1",
                cluster.name() + "/" + property.property().id());
        return Optional.of(result);
    }

    /** The hop's own declaration, else the declaration of the device it happened at. */
    private static Optional<Integer> line(Hop hop, Optional<Topology> topology) {
        Optional<Integer> own = hop.declaration().map(SourceLocation::line).filter(line -> line > 0);
        if (own.isPresent()) {
            return own;
        }
        return topology.flatMap(cluster -> cluster.node(hop.device()).map(node -> node.location())
                .or(() -> cluster.router(hop.device()).map(router -> router.location()))
                .or(() -> cluster.pod(hop.device()).map(pod -> pod.location())))
                .map(SourceLocation::line).filter(line -> line > 0);
    }

    private void location(ObjectNode location, String uri, int line, Optional<String> message) {
        ObjectNode physical = location.putObject("physicalLocation");
        artifact(physical, uri);
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
        message.ifPresent(text -> location.putObject("message").put("text", text));
    }

    private static void artifact(ObjectNode physical, String uri) {
        physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", SOURCE_ROOT);
    }

    /**
     * The file's path relative to the source root, with forward slashes and URI escapes (a
     * relative file name is one relative to the source root, as the front ends name files).
     */
    private String uri(String file) {
        Path path = sourceRoot.resolve(file).normalize();
        Path relative = sourceRoot.relativize(path);
        StringBuilder uri = new StringBuilder();
        for (Path part : relative) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return uri.toString();
    }

    /** netroute/syntax, netroute/&lt;issue code&gt;, netroute/topology or netroute/input. */
    static String rule(Diagnostic diagnostic) {
        String code = diagnostic.code();
        if (code.equals(IssueCodes.SYNTAX_ERROR)) {
            return SYNTAX_RULE;
        }
        if (!code.isEmpty()) {
            return RULE_PREFIX + (code.startsWith(PACKAGE_PREFIX) ? code.substring(PACKAGE_PREFIX.length()) : code);
        }
        return diagnostic.line() > 0 || diagnostic.severity() != Severity.ERROR ? TOPOLOGY_RULE : INPUT_RULE;
    }

    private static String ruleDescription(String rule) {
        return switch (rule) {
            case SYNTAX_RULE -> "Text the NetRoute grammar does not accept.";
            case TOPOLOGY_RULE -> "A declaration lacks what forwarding needs.";
            case INPUT_RULE -> "A file that could not be read.";
            default -> "NetRoute validation rule " + rule.substring(RULE_PREFIX.length()) + ".";
        };
    }

    private static String description(Property property) {
        return switch (property) {
            case REACHABILITY -> "Every ordered pair of pods: a small packet is delivered.";
            case NO_LOOP -> "No destination, from any device, makes forwarding revisit a device with the same packet.";
            case MTU -> "On every delivered path, a packet of the sender's pod MTU fits every segment it crosses.";
        };
    }
}
