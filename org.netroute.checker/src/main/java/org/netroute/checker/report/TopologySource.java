package org.netroute.checker.report;

import java.util.List;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.FileResult;

/**
 * Where the HTML report gets the clusters it draws: a {@link FileResult} holds verdicts, not the
 * network, and a picture needs the segments, routers and nodes.
 */
@FunctionalInterface
public interface TopologySource {

    /** The topologies of a verified file's clusters, in file order; empty when they cannot be had. */
    List<Topology> topologies(FileResult file);

    /** For reports that draw no picture. */
    static TopologySource none() {
        return file -> List.of();
    }
}
