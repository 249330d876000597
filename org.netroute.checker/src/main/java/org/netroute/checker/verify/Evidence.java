package org.netroute.checker.verify;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Something an engine produced while deciding a property that a person may want to open, such
 * as the Alloy instance of a counterexample: kept with the answer so that reports write what was
 * found instead of searching again.
 */
public interface Evidence {

    /** What it is, in words: "the Alloy instance of the counterexample". */
    String description();

    /** The file name for it, given a stem naming the file, cluster and property. */
    String fileName(String stem);

    void write(Path file) throws IOException;
}
