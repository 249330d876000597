package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.netroute.importer.Findings;
import org.netroute.importer.cilium.LabelSelector;
import org.netroute.importer.cilium.Peering;

/**
 * Resolves each peering's node selector against the imported nodes' labels, per peer address: the
 * explicit node list NetRoute writes as {@code peer R for n1, n2}. A selector is never widened: only
 * a policy without one (Kubernetes' nil: every node) peers from every node.
 *
 * @param nodes the selected node names in order, or empty with {@code everyNode}
 */
public record PeerSelection(String address, boolean everyNode, List<String> nodes, String sources,
        ImportedCluster.Source source) {

    public PeerSelection {
        nodes = List.copyOf(nodes);
    }

    /** The selections of all peerings, one per peer address, in the order the addresses were first read. */
    public static List<PeerSelection> of(List<Peering> peerings, List<NodeFacts> nodes, Findings findings) {
        Map<String, List<Peering>> byAddress = new LinkedHashMap<>();
        peerings.forEach(peering -> byAddress.computeIfAbsent(peering.peerAddress(), key -> new ArrayList<>()).add(peering));
        List<PeerSelection> selections = new ArrayList<>();
        byAddress.forEach((address, group) -> {
            boolean every = false;
            TreeSet<String> selected = new TreeSet<>();
            List<String> sources = new ArrayList<>();
            for (Peering peering : group) {
                sources.add(peering.source());
                Optional<LabelSelector> selector = peering.nodeSelector();
                if (selector.isEmpty()) {
                    every = true;
                    continue;
                }
                if (!selector.get().unknownOperators().isEmpty()) {
                    findings.warning(peering.ref(), peering.origin(), "the node selector has unknown operators "
                            + selector.get().unknownOperators() + ", which select no node");
                }
                List<String> matched = nodes.stream().filter(node -> selector.get().matches(node.labels()))
                        .map(NodeFacts::name).toList();
                if (matched.isEmpty()) {
                    findings.warning(peering.ref(), peering.origin(), "the node selector " + selector.get()
                            + " selects no imported node: this peering is left out");
                }
                selected.addAll(matched);
            }
            if (every || !selected.isEmpty()) {
                Peering first = group.get(0);
                selections.add(new PeerSelection(address, every, every ? List.of() : new ArrayList<>(selected),
                        String.join("; ", sources), new ImportedCluster.Source(first.ref(), first.origin())));
            }
        });
        return selections;
    }
}
