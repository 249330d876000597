package org.netroute.tests.alloy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;

/** The example clusters beside the Alloy tests (src/test/resources/alloy), loaded as the CLI loads files. */
final class Clusters {

    private final ModelLoader loader = new ModelLoader();

    /** The only cluster of an example file, which must be free of errors. */
    Topology load(String fileName) {
        return parse(text(fileName), fileName);
    }

    /** The only cluster of a .netroute text, which must be free of errors. */
    Topology parse(String text, String name) {
        LoadedFile file = loader.load(text, "file:/alloy/" + name, name);
        if (file.hasErrors() || file.topologies().size() != 1) {
            throw new IllegalArgumentException(name + " does not hold one valid cluster: " + file.diagnostics());
        }
        return file.topologies().get(0);
    }

    static String text(String fileName) {
        try (InputStream in = Clusters.class.getResourceAsStream("/alloy/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
