package org.netroute.checker.report;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;

/**
 * Reads a verified file again to draw its clusters. Cheap next to verification, and it keeps
 * {@link FileResult} a plain value that front ends can serialise.
 */
public final class ReloadedTopologies implements TopologySource {

    private final ModelLoader loader;
    private final Function<String, Path> fileOfName;

    /** For results whose file name is the path they were read from (as {@code Verifier.verify(Path)} names them). */
    public ReloadedTopologies(ModelLoader loader) {
        this(loader, Path::of);
    }

    /**
     * @param fileOfName the file a result's display name stands for
     */
    public ReloadedTopologies(ModelLoader loader, Function<String, Path> fileOfName) {
        this.loader = loader;
        this.fileOfName = fileOfName;
    }

    @Override
    public List<Topology> topologies(FileResult file) {
        LoadedFile loaded = loader.load(fileOfName.apply(file.file()));
        return loaded.topologies();
    }
}
