package org.netroute.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.NodeMtu;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/** The machine-readable report, in the shape LANGUAGE.md fixes for {@code --format json}. */
public final class JsonReport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(List<FileResult> files, Writer out) throws IOException {
        mapper.writeValue(out, toJson(files));
    }

    public ObjectNode toJson(List<FileResult> files) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode fileArray = root.putArray("files");
        for (FileResult file : files) {
            ObjectNode fileNode = fileArray.addObject();
            fileNode.put("file", file.file());
            ArrayNode diagnostics = fileNode.putArray("diagnostics");
            for (Diagnostic diagnostic : file.diagnostics()) {
                diagnostics.addObject().put("severity", diagnostic.severity().word()).put("line", diagnostic.line())
                        .put("column", diagnostic.column()).put("message", diagnostic.message());
            }
            ArrayNode clusters = fileNode.putArray("clusters");
            for (ClusterResult cluster : file.clusters()) {
                ObjectNode clusterNode = clusters.addObject();
                clusterNode.put("name", cluster.name());
                if (!cluster.proofBases().isEmpty()) {
                    ArrayNode bases = clusterNode.putArray("proofRanOn");
                    cluster.proofBases().forEach(bases::add);
                }
                ArrayNode nodes = clusterNode.putArray("nodes");
                for (NodeMtu node : cluster.nodes()) {
                    nodes.addObject().put("name", node.node()).put("podMtu", node.podMtu());
                }
                ArrayNode properties = clusterNode.putArray("properties");
                for (PropertyResult result : cluster.properties()) {
                    ObjectNode property = properties.addObject();
                    property.put("property", result.property().id());
                    property.put("verdict", result.verdict().status().name());
                    if (result.verdict() instanceof Verdict.Proved proved && proved.scope().isPresent()) {
                        property.put("scope", proved.scope().get());
                    }
                    property.put("millis", result.millis());
                    if (result.verdict() instanceof Verdict.Violated violated) {
                        counterexample(violated.counterexample(), property.putObject("counterexample"));
                    } else if (result.verdict() instanceof Verdict.Unknown unknown) {
                        property.put("reason", unknown.reason());
                    }
                }
            }
        }
        return root;
    }

    private static void counterexample(Counterexample counterexample, ObjectNode node) {
        node.put("from", counterexample.from());
        node.put("to", counterexample.to());
        node.put("disposition", counterexample.disposition().name());
        node.put("at", counterexample.at());
        node.put("explanation", counterexample.explanation());
        node.put("hint", counterexample.hint());
        ArrayNode hops = node.putArray("hops");
        for (Hop hop : counterexample.hops()) {
            hops.addObject().put("device", hop.device()).put("action", HopWords.action(hop)).put("bytes", hop.bytes());
        }
    }
}
