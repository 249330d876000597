package org.netroute.checker.verify;

import java.util.List;

import org.netroute.checker.topology.Topology;

/** A parsed and validated file: diagnostics, and the topologies of its clusters when it has no errors. */
public record LoadedFile(String file, List<Diagnostic> diagnostics, List<Topology> topologies) {

    public LoadedFile {
        diagnostics = List.copyOf(diagnostics);
        topologies = List.copyOf(topologies);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
