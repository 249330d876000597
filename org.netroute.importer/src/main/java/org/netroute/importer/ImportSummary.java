package org.netroute.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import read, wrote, assumed and left out, for the user to check: the counts of objects
 * by kind (and of the kinds it does not read), of what it wrote, and every finding.
 *
 * @param written what the file holds, by word ("nodes", "pods", ...), in the order to print
 */
public record ImportSummary(Map<String, Integer> readKinds, Map<String, Integer> ignoredKinds, int withoutKind,
        int hostNetworkPods, int endedPods, String clusterName, Map<String, Integer> written, List<Finding> findings) {

    public ImportSummary {
        readKinds = Map.copyOf(readKinds);
        ignoredKinds = Map.copyOf(ignoredKinds);
        written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** The summary as lines of text, as the command line prints it: counts first, then each finding. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("read: " + (readKinds.isEmpty() ? "no Node, CiliumNode, CiliumEndpoint, Pod, cilium-config or BGP object"
                : counts(readKinds)));
        List<String> skipped = new ArrayList<>();
        if (!ignoredKinds.isEmpty()) {
            skipped.add(counts(ignoredKinds));
        }
        if (withoutKind > 0) {
            skipped.add(number(withoutKind) + " without a kind");
        }
        if (hostNetworkPods > 0) {
            skipped.add(number(hostNetworkPods) + " host-network Pod" + (hostNetworkPods == 1 ? "" : "s"));
        }
        if (endedPods > 0) {
            skipped.add(number(endedPods) + " ended Pod" + (endedPods == 1 ? "" : "s"));
        }
        if (!skipped.isEmpty()) {
            lines.add("ignored: " + String.join(", ", skipped));
        }
        if (!written.isEmpty()) {
            List<String> parts = new ArrayList<>();
            written.forEach((what, count) -> parts.add(number(count) + " " + what));
            lines.add("cluster " + clusterName + ": " + String.join(", ", parts));
        }
        for (Finding finding : findings) {
            lines.add(finding.severity().word() + ": " + finding);
        }
        return lines;
    }

    private static String counts(Map<String, Integer> byKind) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(byKind).forEach((kind, count) -> parts.add(number(count) + " " + kind));
        return String.join(", ", parts);
    }

    private static String number(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
