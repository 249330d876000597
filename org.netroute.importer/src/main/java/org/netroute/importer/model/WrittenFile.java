package org.netroute.importer.model;

import java.util.List;

/**
 * The text of an imported .netroute file and, for each of its lines, the object or underlay line
 * it was written from: a problem the validator finds at a line is reported where the user can fix it.
 */
public record WrittenFile(String text, List<ImportedCluster.Source> lineSources) {

    public WrittenFile {
        lineSources = List.copyOf(lineSources);
    }

    /** What line {@code line} (1-based) was written from; {@link ImportedCluster.Source#NONE} if nothing. */
    public ImportedCluster.Source sourceOf(int line) {
        return line >= 1 && line <= lineSources.size() ? lineSources.get(line - 1) : ImportedCluster.Source.NONE;
    }
}
