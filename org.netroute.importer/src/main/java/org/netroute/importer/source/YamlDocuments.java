package org.netroute.importer.source;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML (one or many documents, as kubectl, helm and sysdumps write them) with
 * snakeyaml-engine's event parser: every value keeps its line, a key written twice is seen (the
 * composer would only keep or refuse it), and objects are handed on one by one.
 */
final class YamlDocuments {

    /** YAML 1.2's null of the core schema; only plain scalars can be null. */
    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

    private final LoadSettings settings = LoadSettings.builder().setLabel("netroute import")
            .setCodePointLimit(Integer.MAX_VALUE).setUseMarks(true).build();

    /** Reads every document of {@code reader}; a malformed one ends the file with a problem at its line. */
    void read(String file, Reader reader, ObjectSink sink) {
        TreeBuilder builder = new TreeBuilder(file, sink);
        Map<String, KubeValue> anchors = new HashMap<>();
        Deque<Optional<Anchor>> collectionAnchors = new ArrayDeque<>();
        int line = 1;
        try {
            for (Event event : new Parse(settings).parseReader(reader)) {
                line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(line);
                switch (event.getEventId()) {
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        if (builder.expectsKey()) {
                            builder.key(scalar.getValue(), line);
                        } else {
                            KubeValue value = new KubeValue.Scalar(isNull(scalar) ? null : scalar.getValue(), line);
                            scalar.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), value));
                            builder.value(value);
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (builder.expectsKey()) {
                            sink.unreadable(new Origin(file, line), "malformed YAML: a mapping or sequence as a key");
                            return;
                        }
                        collectionAnchors.push(((CollectionStartEvent) event).getAnchor());
                        if (event.getEventId() == Event.ID.MappingStart) {
                            builder.startMapping(line);
                        } else {
                            builder.startSequence(line);
                        }
                    }
                    case MappingEnd, SequenceEnd -> {
                        KubeValue value = builder.end();
                        collectionAnchors.pop().ifPresent(anchor -> anchors.put(anchor.getValue(), value));
                    }
                    case Alias -> {
                        String anchor = ((AliasEvent) event).getAlias().getValue();
                        KubeValue value = anchors.get(anchor);
                        if (value == null) {
                            sink.unreadable(new Origin(file, line), "malformed YAML: alias *" + anchor
                                    + " names no anchor");
                            return;
                        }
                        if (builder.expectsKey()) {
                            builder.key(value instanceof KubeValue.Scalar scalar ? String.valueOf(scalar.text())
                                    : "*" + anchor, line);
                        } else {
                            builder.value(value);
                        }
                    }
                    case DocumentEnd -> {
                        builder.endDocument();
                        anchors.clear();
                    }
                    default -> {
                        // stream start and end, document start, comments: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().map(Mark::getLine).map(l -> l + 1).orElse(line);
            sink.unreadable(new Origin(file, at), "malformed YAML: " + e.getProblem()
                    + (e.getContext() == null || e.getContext().isEmpty() ? "" : " (" + e.getContext() + ")"));
        } catch (YamlEngineException e) {
            sink.unreadable(new Origin(file, line), "malformed YAML: " + firstLine(e.getMessage()));
        }
    }

    private static boolean isNull(ScalarEvent scalar) {
        return scalar.getScalarStyle() == ScalarStyle.PLAIN && NULL.matcher(scalar.getValue()).matches()
                || scalar.getTag().filter("tag:yaml.org,2002:null"::equals).isPresent();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
