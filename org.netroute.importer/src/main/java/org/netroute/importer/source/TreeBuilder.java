package org.netroute.importer.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link KubeValue} trees from the events of a YAML or JSON parser and hands each object to
 * the sink as soon as it is complete: a document, or each of the {@code items} of a list
 * ({@code kind: List}, {@code NodeList}, ...), so a dump of 150,000 endpoints is never held as one
 * tree. A key written twice keeps its last value and is remembered for a warning.
 */
final class TreeBuilder {

    private final String file;
    private final ObjectSink sink;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<KubeObject.DuplicateKey> duplicates = new ArrayList<>();
    private KubeValue document;

    /** A collection being built, and for a mapping the key whose value comes next. */
    private static final class Frame {
        final int line;
        final Map<String, KubeValue> entries;
        final List<KubeValue> items;
        final boolean listItems;
        String key;
        int keyLine;

        Frame(int line, boolean mapping, boolean listItems) {
            this.line = line;
            this.entries = mapping ? new LinkedHashMap<>() : null;
            this.items = mapping ? null : new ArrayList<>();
            this.listItems = listItems;
        }

        boolean expectsKey() {
            return entries != null && key == null;
        }
    }

    TreeBuilder(String file, ObjectSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** True when the next scalar is a mapping's key, not a value. */
    boolean expectsKey() {
        return !frames.isEmpty() && frames.peek().expectsKey();
    }

    void key(String key, int line) {
        Frame frame = frames.peek();
        if (frame.entries.containsKey(key)) {
            duplicates.add(new KubeObject.DuplicateKey(key, line));
        }
        frame.key = key;
        frame.keyLine = line;
    }

    void startMapping(int line) {
        frames.push(new Frame(line, true, false));
    }

    void startSequence(int line) {
        // the items of a list at the top of a document are objects of their own
        boolean listItems = frames.size() == 1 && frames.peek().entries != null && "items".equals(frames.peek().key);
        frames.push(new Frame(line, false, listItems));
    }

    void scalar(String text, int line) {
        value(new KubeValue.Scalar(text, line));
    }

    /** Ends the innermost mapping or sequence; returns it, so an anchored one can be reused. */
    KubeValue end() {
        Frame frame = frames.pop();
        KubeValue value = frame.entries != null ? new KubeValue.Mapping(frame.entries, frame.line)
                : new KubeValue.Sequence(frame.items, frame.line);
        value(value);
        return value;
    }

    /** A value complete in itself (a scalar, a finished collection, a YAML alias). */
    void value(KubeValue value) {
        if (frames.isEmpty()) {
            document = value;
            return;
        }
        Frame frame = frames.peek();
        if (frame.entries != null) {
            frame.entries.put(frame.key, value);
            frame.key = null;
        } else if (frame.listItems && value instanceof KubeValue.Mapping) {
            emit(value);
        } else {
            frame.items.add(value);
        }
    }

    /** The document is complete: a single object is handed on (a list's items were already). */
    void endDocument() {
        KubeValue root = document;
        document = null;
        if (root instanceof KubeValue.Mapping mapping) {
            boolean list = mapping.entries().get("items") instanceof KubeValue.Sequence;
            if (!list) {
                emit(root);
            }
        }
        flushDuplicates();
    }

    private void emit(KubeValue value) {
        KubeObject object = KubeObject.of(value, new Origin(file, value.line()), duplicates);
        duplicates.clear();
        sink.object(object);
    }

    /** Duplicates outside every object (in a list's own header) are warned about by line alone. */
    private void flushDuplicates() {
        for (KubeObject.DuplicateKey duplicate : duplicates) {
            sink.warning(new Origin(file, duplicate.line()), "key '" + duplicate.key()
                    + "' is written twice: the last value wins");
        }
        duplicates.clear();
    }
}
