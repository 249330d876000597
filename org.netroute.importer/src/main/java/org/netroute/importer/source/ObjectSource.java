package org.netroute.importer.source;

/**
 * Where Kubernetes objects come from: a file, a folder, a cilium sysdump or a live cluster. Each
 * source reads everything it holds into a sink and reports what it could not read there, so one
 * bad file does not hide the problems of the others.
 */
public interface ObjectSource {

    /** How messages name the source (a path, or the cluster's context). */
    String description();

    void read(ObjectSink sink);
}
