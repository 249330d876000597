package org.netroute.importer.source;

/**
 * How findings name an object after its body is gone: {@code Kind/name} and where it was read.
 * Facts keep this instead of the object, so 150,000 endpoints do not keep 150,000 trees alive.
 */
public record ObjectRef(String ref, Origin origin) {

    public static ObjectRef of(KubeObject object) {
        return new ObjectRef(object.ref(), object.origin());
    }

    public Origin at(int line) {
        return origin.at(line);
    }

    @Override
    public String toString() {
        return ref;
    }
}
