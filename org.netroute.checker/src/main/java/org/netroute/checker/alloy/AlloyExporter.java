package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.topology.Topology;

/**
 * Writes what the Alloy engine checks in Alloy's own formats, for a user who wants to look with
 * the Alloy Analyzer: the module (semantics, instance and checks as one .als file, behind
 * {@code netroute export-alloy}). A counterexample's instance XML is the engine's own
 * {@link InstanceEvidence}, written from the solution it found.
 */
public final class AlloyExporter {

    /** The module of one cluster: netroute.als, the instance and one check per property. */
    public String module(Topology topology) {
        return AlloyModule.of(topology).text();
    }

    /** The module of a compressed network, exactly as the Alloy engine checks it. */
    public String module(CompressedNetwork network) {
        return AlloyModule.of(network).text();
    }

    /** Writes the module of one cluster to {@code file}. */
    public void writeModule(Topology topology, Path file) {
        write(module(topology), file);
    }

    /** Writes the module of a compressed network to {@code file}. */
    public void writeModule(CompressedNetwork network, Path file) {
        write(module(network), file);
    }

    private static void write(String module, Path file) {
        try {
            Files.writeString(file, module, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
