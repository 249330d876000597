package org.netroute.importer.source;

/** Where a source delivers what it read: objects, and the inputs it could not read. */
public interface ObjectSink {

    void object(KubeObject object);

    /** An input that could not be read (malformed YAML or JSON, an unreadable file or zip). */
    void unreadable(Origin origin, String reason);

    /** Something read but doubtful, that the user should know of (a key written twice). */
    void warning(Origin origin, String message);
}
