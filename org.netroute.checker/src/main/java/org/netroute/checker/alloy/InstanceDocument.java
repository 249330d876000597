package org.netroute.checker.alloy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.netroute.checker.verify.Evidence;

/**
 * The Alloy instance of a counterexample as the visualiser's XML text, as the solver process
 * sends it back: the solution itself lives and dies with that process.
 *
 * @param compressed the compressed network's summary when the instance is that of a compressed network
 */
public record InstanceDocument(String xml, Optional<String> compressed) implements Evidence {

    @Override
    public String description() {
        return description(compressed);
    }

    @Override
    public String fileName(String stem) {
        return fileName(stem, compressed);
    }

    @Override
    public void write(Path file) throws IOException {
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    static String description(Optional<String> compressed) {
        return compressed.map(summary -> "the Alloy instance Alloy found on the compressed network (" + summary + ")")
                .orElse("the Alloy instance of the counterexample");
    }

    /** {@code alloy-STEM.xml}, or {@code alloy-STEM-compressed.xml} for the instance of a compressed network. */
    static String fileName(String stem, Optional<String> compressed) {
        return "alloy-" + stem + (compressed.isPresent() ? "-compressed" : "") + ".xml";
    }
}
