package org.netroute.importer;

import java.util.ArrayList;
import java.util.List;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.Origin;

/** The findings of one import, gathered in the order they were made (one per import, not shared). */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public void add(Finding finding) {
        all.add(finding);
    }

    public void error(KubeObject object, int line, String message) {
        add(Finding.error(object.ref(), object.origin(line), message));
    }

    public void warning(KubeObject object, int line, String message) {
        add(Finding.warning(object.ref(), object.origin(line), message));
    }

    public void error(String subject, Origin origin, String message) {
        add(Finding.error(subject, origin, message));
    }

    public void warning(String subject, Origin origin, String message) {
        add(Finding.warning(subject, origin, message));
    }

    public void assumption(String message) {
        add(Finding.assumption(message));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Finding::isError);
    }

    public List<Finding> list() {
        return List.copyOf(all);
    }
}
