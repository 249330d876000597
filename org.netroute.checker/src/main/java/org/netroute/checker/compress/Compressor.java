package org.netroute.checker.compress;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Runs the levels (pods, nodes, then blocks until none is left) on a topology, each level cutting
 * the previous level's result by verified symmetry and surgery, and tracks every original element's
 * role. If a level's cut is not closed under reference, that level keeps everything.
 */
public final class Compressor {

    /** Block levels after which compression stops even if another class could still be reduced. */
    private static final int MAX_BLOCK_ROUNDS = 16;

    public CompressedNetwork compress(Topology original) {
        RoleBook book = new RoleBook(original);
        if (!Preconditions.hold(original) || !PolicyIdentities.permitCompression(original)) {
            return finish(original, original, book);
        }
        Topology current = original;
        current = step(current, PodLevel::reduce, book);
        current = step(current, NodeLevel::reduce, book);
        for (int round = 0; round < MAX_BLOCK_ROUNDS; round++) {
            Topology next = step(current, BlockLevel::reduce, book);
            if (next == current) {
                break;
            }
            current = next;
        }
        return finish(original, current, book);
    }

    private static Topology step(Topology topology, Function<AutomorphismCheck, Reduction> level, RoleBook book) {
        Reduction reduction = level.apply(new AutomorphismCheck(topology, new MentionIndex(topology)));
        if (reduction.empty()) {
            return topology;
        }
        Optional<Topology> cut = Surgery.apply(topology, reduction);
        if (cut.isEmpty()) {
            return topology;
        }
        book.apply(reduction);
        return cut.get();
    }

    /**
     * Pairs every region of the compressed network with an original address of that region that no
     * original device owns. A region that has none in the original is vacated: its unowned
     * addresses all lie in removed territory (a pool CIDR whose every PodCIDR is handed out, some to
     * removed nodes), so it is no destination class of the original and the compressed network's
     * classes leave it out (docs/COMPRESSION.md, section 3).
     */
    private static CompressedNetwork finish(Topology original, Topology compressed, RoleBook book) {
        AddressRegions originalRegions = new AddressRegions(original);
        if (compressed == original) {
            return new CompressedNetwork(original, original,
                    book.roles(original, originalRegions, originalRegions, Map.of(), Set.of()));
        }
        AddressRegions compressedRegions = new AddressRegions(compressed);
        Map<Prefix, Long> regionAddresses = new HashMap<>();
        Set<Prefix> vacated = new HashSet<>();
        for (Prefix region : compressedRegions.prefixes()) {
            if (compressedRegions.representative(region).isEmpty()) {
                continue;
            }
            OptionalLong address = originalRegions.representative(region);
            if (address.isPresent()) {
                regionAddresses.put(region, address.getAsLong());
            } else {
                vacated.add(region);
            }
        }
        return new CompressedNetwork(original, compressed,
                book.roles(compressed, originalRegions, compressedRegions, regionAddresses, vacated));
    }

    /** Every original name's current role, and which kept elements are interchangeable (a union-find). */
    private static final class RoleBook {
        private final Map<String, String> role = new LinkedHashMap<>();
        private final Map<String, ElementKind> kind = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();

        RoleBook(Topology original) {
            original.segments().forEach(segment -> register(segment.name(), ElementKind.SEGMENT));
            original.nodes().forEach(node -> register(node.name(), ElementKind.NODE));
            original.routers().forEach(router -> register(router.name(), ElementKind.ROUTER));
            original.pods().forEach(pod -> register(pod.name(), ElementKind.POD));
        }

        private void register(String name, ElementKind elementKind) {
            role.put(name, name);
            kind.put(name, elementKind);
        }

        void apply(Reduction reduction) {
            for (Map.Entry<String, String> entry : role.entrySet()) {
                String representative = reduction.representative().get(entry.getValue());
                if (representative != null) {
                    entry.setValue(representative);
                }
            }
            for (List<String> pair : reduction.interchangeable()) {
                String a = find(pair.get(0));
                String b = find(pair.get(1));
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }

        private String find(String name) {
            String root = name;
            for (String up = parent.get(root); up != null; up = parent.get(root)) {
                root = up;
            }
            for (String at = name; !at.equals(root);) {
                String up = parent.get(at);
                parent.put(at, root);
                at = up;
            }
            return root;
        }

        Roles roles(Topology compressed, AddressRegions original, AddressRegions regions, Map<Prefix, Long> addresses,
                Set<Prefix> vacated) {
            Map<ElementKind, Integer> kept = new EnumMap<>(ElementKind.class);
            Map<ElementKind, Set<String>> classes = new EnumMap<>(ElementKind.class);
            for (ElementKind elementKind : ElementKind.values()) {
                classes.put(elementKind, new HashSet<>());
            }
            for (Segment segment : compressed.segments()) {
                count(segment.name(), kept, classes);
            }
            for (Node node : compressed.nodes()) {
                count(node.name(), kept, classes);
                for (Pod pod : node.pods()) {
                    count(pod.name(), kept, classes);
                }
            }
            for (Router router : compressed.routers()) {
                count(router.name(), kept, classes);
            }
            Map<ElementKind, Integer> classCounts = new EnumMap<>(ElementKind.class);
            classes.forEach((elementKind, roots) -> classCounts.put(elementKind, roots.size()));
            return new Roles(role, kept, classCounts, original, regions, addresses, vacated);
        }

        private void count(String name, Map<ElementKind, Integer> kept, Map<ElementKind, Set<String>> classes) {
            ElementKind elementKind = kind.get(name);
            kept.merge(elementKind, 1, Integer::sum);
            classes.get(elementKind).add(find(name));
        }
    }
}
