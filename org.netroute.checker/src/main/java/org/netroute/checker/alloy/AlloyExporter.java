package org.netroute.checker.alloy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import edu.mit.csail.sdg.translator.A4Solution;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Property;

/**
 * Writes what the Alloy engine checks in Alloy's own formats, for a user who wants to look with
 * the Alloy Analyzer: the module (semantics, instance and checks as one .als file, behind
 * {@code netroute export-alloy}) and a counterexample as Alloy instance XML (the visualiser
 * shows the topology's constant relations beside the violation).
 */
public final class AlloyExporter {

    private final AlloyChecker checker;

    public AlloyExporter() {
        this(new AlloyChecker(SatSolverChoice.sat4j()));
    }

    public AlloyExporter(AlloyChecker checker) {
        this.checker = checker;
    }

    /** The module of one cluster: netroute.als, the instance and one check per property. */
    public String module(Topology topology) {
        return AlloyModule.of(topology).text();
    }

    /** Writes the module of one cluster to {@code file}. */
    public void writeModule(Topology topology, Path file) {
        try {
            Files.writeString(file, module(topology), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a property and, if Alloy finds a counterexample, writes it as Alloy instance XML.
     *
     * @return whether a counterexample was written (false: the property holds)
     */
    public boolean writeCounterexample(Topology topology, Property property, Path file) {
        ParsedModule parsed = checker.parse(AlloyModule.of(topology));
        A4Solution solution = checker.check(parsed, property);
        if (!solution.satisfiable()) {
            return false;
        }
        writeXml(parsed, solution, file);
        return true;
    }

    /** Writes a solution as instance XML; the module's text travels inside, as the Analyzer expects. */
    public void writeXml(ParsedModule parsed, A4Solution solution, Path file) {
        String sourceName = "/netroute/" + parsed.module().instance().clusterName() + ".als";
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            solution.writeXML(out, parsed.world().getAllFunc(), Map.of(sourceName, parsed.module().text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
