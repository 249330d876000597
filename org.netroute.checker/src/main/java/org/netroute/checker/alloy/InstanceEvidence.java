package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.verify.Evidence;

/**
 * The Alloy instance of a counterexample, exactly as the solver found it: written as instance
 * XML for the Alloy visualiser, which shows the topology's constant relations beside the
 * violation. The module's text travels inside the file, as the Analyzer expects.
 */
public record InstanceEvidence(ParsedModule parsed, A4Solution solution) implements Evidence {

    @Override
    public String description() {
        return "the Alloy instance of the counterexample";
    }

    @Override
    public String fileName(String stem) {
        return "alloy-" + stem + ".xml";
    }

    @Override
    public void write(Path file) throws IOException {
        String sourceName = "/netroute/" + parsed.module().instance().clusterName() + ".als";
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            solution.writeXML(out, parsed.world().getAllFunc(), Map.of(sourceName, parsed.module().text()));
        } catch (RuntimeException e) {
            throw new IOException("cannot write the Alloy instance: " + e.getMessage(), e);
        }
    }
}
