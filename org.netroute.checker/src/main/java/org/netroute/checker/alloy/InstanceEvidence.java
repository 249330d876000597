package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.verify.Evidence;

/**
 * The Alloy instance of a counterexample, exactly as the solver found it (on the compressed
 * network when the cluster was compressed, and then named so): written as instance XML for the
 * Alloy visualiser, which shows the topology's constant relations beside the
 * violation. The module's text travels inside the file, as the Analyzer expects.
 */
public record InstanceEvidence(ParsedModule parsed, A4Solution solution, Optional<String> compressed)
        implements Evidence {

    /** The instance of a network as written. */
    public InstanceEvidence(ParsedModule parsed, A4Solution solution) {
        this(parsed, solution, Optional.empty());
    }

    @Override
    public String description() {
        return InstanceDocument.description(compressed);
    }

    /** {@code alloy-STEM.xml}, or {@code alloy-STEM-compressed.xml} for the instance of a compressed network. */
    @Override
    public String fileName(String stem) {
        return InstanceDocument.fileName(stem, compressed);
    }

    @Override
    public void write(Path file) throws IOException {
        Files.writeString(file, xml(), StandardCharsets.UTF_8);
    }

    /**
     * The instance as the Alloy visualiser's XML, with the module's text inside.
     *
     * @throws IOException when Alloy cannot write it
     */
    public String xml() throws IOException {
        String sourceName = "/netroute/" + parsed.module().instance().clusterName() + ".als";
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            solution.writeXML(out, parsed.world().getAllFunc(), Map.of(sourceName, parsed.module().text()));
        } catch (RuntimeException e) {
            throw new IOException("cannot write the Alloy instance: " + e.getMessage(), e);
        }
        return text.toString();
    }
}
