package org.netroute.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.netroute.importer.source.ObjectSource;

/**
 * What to import: the sources of objects, the user's underlay file if any, the cluster's name if
 * the user chose one, and the prefix length of inferred segments.
 */
public record ImportRequest(List<ObjectSource> sources, Optional<Path> underlay, Optional<String> clusterName,
        int segmentPrefix) {

    /** Segments are inferred per /24 of InternalIPs unless the user says otherwise. */
    public static final int DEFAULT_SEGMENT_PREFIX = 24;

    public ImportRequest {
        sources = List.copyOf(sources);
    }

    public static ImportRequest of(List<ObjectSource> sources) {
        return new ImportRequest(sources, Optional.empty(), Optional.empty(), DEFAULT_SEGMENT_PREFIX);
    }

    public ImportRequest withUnderlay(Path file) {
        return new ImportRequest(sources, Optional.of(file), clusterName, segmentPrefix);
    }

    public ImportRequest withClusterName(String name) {
        return new ImportRequest(sources, underlay, Optional.of(name), segmentPrefix);
    }

    public ImportRequest withSegmentPrefix(int prefix) {
        return new ImportRequest(sources, underlay, clusterName, prefix);
    }
}
