package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Level 3: whole blocks (racks) are twins when the involution swapping them member by member
 * (segments, devices, pods by rank, the hubs' interfaces on them, the address ranges only they
 * use) is an automorphism. One class of seed segments is reduced per call, so the levels chain:
 * each call works on the topology the previous one left.
 */
final class BlockLevel {

    private BlockLevel() {
    }

    static Reduction reduce(AutomorphismCheck check) {
        Topology topology = check.topology();
        Map<String, Integer> colours = ColourRefinement.colours(topology);
        Map<Integer, List<String>> segmentClasses = new LinkedHashMap<>();
        for (Segment segment : topology.segments()) {
            segmentClasses.computeIfAbsent(colours.get(segment.name()), c -> new ArrayList<>()).add(segment.name());
        }
        for (List<String> seeds : segmentClasses.values()) {
            if (seeds.size() < 3) {
                continue;
            }
            Map<String, Block> blocks = new LinkedHashMap<>();
            Block.grow(topology, seeds).forEach(block -> blocks.put(block.seed(), block));
            Shapes shapes = new Shapes(topology, check.index(), colours);
            Map<List<List<Object>>, List<String>> groups = new LinkedHashMap<>();
            for (Block block : blocks.values()) {
                groups.computeIfAbsent(shapes.signature(block), s -> new ArrayList<>()).add(block.seed());
            }
            List<TwinClass> classes = new ArrayList<>();
            for (List<String> group : groups.values()) {
                if (group.size() >= 3) {
                    classes.addAll(TwinClass.search(group,
                            (a, b) -> swap(check, shapes, blocks.get(a), blocks.get(b)), check));
                }
            }
            if (classes.stream().anyMatch(twinClass -> twinClass.twins().size() >= 2)) {
                return Reduction.keepTwoPerClass(classes, seed -> elementsOf(topology, blocks.get(seed)));
            }
        }
        return Reduction.none();
    }

    private static List<String> elementsOf(Topology topology, Block block) {
        List<String> elements = new ArrayList<>(block.members().keySet());
        for (String member : block.members().keySet()) {
            topology.node(member).ifPresent(node -> node.pods().forEach(pod -> elements.add(pod.name())));
        }
        return elements;
    }

    /**
     * Block members in a canonical order (kind, colour, distance, for a node the innermost prefix
     * above its PodCIDR that does not move with the block, file order), so equal blocks pair up by
     * rank: a pool CIDR's route fixes the pool, so a swap must pair nodes of the same pools.
     */
    private static final class Shapes {
        private final Topology topology;
        private final MentionIndex index;
        private final Map<String, Integer> colours;
        private final Map<String, Integer> fileOrder = new HashMap<>();
        private final Map<String, Prefix> fixedAncestors = new HashMap<>();

        Shapes(Topology topology, MentionIndex index, Map<String, Integer> colours) {
            this.topology = topology;
            this.index = index;
            this.colours = colours;
            int order = 0;
            for (Segment segment : topology.segments()) {
                fileOrder.put(segment.name(), order++);
            }
            for (Node node : topology.nodes()) {
                fileOrder.put(node.name(), order++);
            }
            for (Router router : topology.routers()) {
                fileOrder.put(router.name(), order++);
            }
        }

        int kind(String member) {
            return topology.segment(member) != null ? 0 : topology.node(member).isPresent() ? 1 : 2;
        }

        /**
         * The innermost configured prefix above a node member's PodCIDR that holds more than its
         * block (a swap leaves it in place); 0.0.0.0/0 for other members and when there is none.
         */
        private Prefix fixedAncestor(Block block, String member) {
            if (kind(member) != 1) {
                return Prefix.ANY;
            }
            Prefix known = fixedAncestors.get(member);
            if (known != null) {
                return known;
            }
            List<Prefix> footprint = footprint(topology, block);
            for (String other : block.members().keySet()) {
                topology.node(other).ifPresent(node -> {
                    List<Prefix> ancestors = index.ancestors(node.podCidr());
                    int local = localAncestors(index, node.podCidr(), footprint).size();
                    fixedAncestors.put(other, local < ancestors.size() ? ancestors.get(ancestors.size() - 1 - local)
                            : Prefix.ANY);
                });
            }
            return fixedAncestors.get(member);
        }

        List<String> canonical(Block block) {
            List<String> members = new ArrayList<>(block.members().keySet());
            members.sort(Comparator.comparingInt(this::kind).thenComparingInt(colours::get)
                    .thenComparingInt(member -> block.members().get(member))
                    .thenComparing(member -> fixedAncestor(block, member))
                    .thenComparingInt(fileOrder::get));
            return members;
        }

        List<List<Object>> signature(Block block) {
            return canonical(block).stream().map(member -> List.<Object>of(kind(member), colours.get(member),
                    block.members().get(member), fixedAncestor(block, member))).toList();
        }
    }

    /** The block's own address space: its segment CIDRs, PodCIDRs, node and router interface addresses. */
    private static List<Prefix> footprint(Topology topology, Block block) {
        List<Prefix> footprint = new ArrayList<>();
        for (String member : block.members().keySet()) {
            Segment segment = topology.segment(member);
            if (segment != null) {
                footprint.add(segment.cidr());
                continue;
            }
            Optional<Node> node = topology.node(member);
            if (node.isPresent()) {
                footprint.add(node.get().podCidr());
                footprint.add(MentionIndex.host(node.get().address().bits()));
                continue;
            }
            topology.router(member).get().interfaces()
                    .forEach(face -> footprint.add(MentionIndex.host(face.address().bits())));
        }
        return footprint;
    }

    /** The member-by-member swap of two blocks of equal signature; empty when their shapes do not correspond. */
    private static Optional<Involution> swap(AutomorphismCheck check, Shapes shapes, Block first, Block second) {
        Topology topology = check.topology();
        List<String> left = shapes.canonical(first);
        List<String> right = shapes.canonical(second);
        Involution.Builder builder = new Involution.Builder();
        Map<String, String> segments = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            if (shapes.kind(left.get(i)) == 0) {
                segments.put(left.get(i), right.get(i));
                builder.segment(left.get(i), right.get(i));
            }
        }
        List<RangePair> ranges = new ArrayList<>();
        List<Prefix> footprint = new ArrayList<>();
        List<Prefix> otherFootprint = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            String a = left.get(i);
            String b = right.get(i);
            switch (shapes.kind(a)) {
                case 0 -> {
                    Segment s = topology.segment(a);
                    Segment t = topology.segment(b);
                    if (s.gateway().isPresent() != t.gateway().isPresent()) {
                        return Optional.empty();
                    }
                    ranges.add(RangePair.of(s.cidr(), t.cidr()));
                    s.gateway().ifPresent(g -> builder.addresses(RangePair.ofAddresses(g.bits(), t.gateway().get().bits())));
                    footprint.add(s.cidr());
                    otherFootprint.add(t.cidr());
                }
                case 1 -> {
                    Node n = topology.node(a).get();
                    Node m = topology.node(b).get();
                    builder.device(a, b);
                    if (!NodeLevel.swapNode(n, m, topology.cilium().encryption() == Encryption.IPSEC, builder)) {
                        return Optional.empty();
                    }
                    ranges.add(RangePair.of(n.podCidr(), m.podCidr()));
                    footprint.add(n.podCidr());
                    footprint.add(MentionIndex.host(n.address().bits()));
                    otherFootprint.add(m.podCidr());
                    otherFootprint.add(MentionIndex.host(m.address().bits()));
                }
                default -> {
                    builder.device(a, b);
                    Router r = topology.router(a).get();
                    Router q = topology.router(b).get();
                    if (!swapInterfaces(r, q, segments, builder)) {
                        return Optional.empty();
                    }
                    r.interfaces().forEach(face -> footprint.add(MentionIndex.host(face.address().bits())));
                    q.interfaces().forEach(face -> otherFootprint.add(MentionIndex.host(face.address().bits())));
                }
            }
        }
        Set<String> members = new HashSet<>(first.members().keySet());
        members.addAll(second.members().keySet());
        for (Router hub : topology.routers()) {
            if (!members.contains(hub.name()) && hub.interfaces().stream().anyMatch(i -> segments.containsKey(i.segment()))
                    && !swapInterfaces(hub, hub, segments, builder)) {
                return Optional.empty();
            }
        }
        for (RangePair range : ranges) {
            builder.addresses(range);
            List<Prefix> mine = localAncestors(check.index(), range.left(), footprint);
            List<Prefix> theirs = localAncestors(check.index(), range.right(), otherFootprint);
            if (mine.size() != theirs.size()) {
                return Optional.empty();
            }
            for (int i = 0; i < mine.size(); i++) {
                builder.addresses(RangePair.of(mine.get(i), theirs.get(i)));
            }
        }
        return Optional.of(builder.build());
    }

    /**
     * Pairs a router's interfaces on each segment with the partner's interfaces on the image
     * segment, by rank; for a hub ({@code first == second}) only the interfaces on swapped segments.
     */
    private static boolean swapInterfaces(Router first, Router second, Map<String, String> segments,
            Involution.Builder builder) {
        Map<String, List<Interface>> mine = bySegment(first);
        Map<String, List<Interface>> theirs = bySegment(second);
        for (Map.Entry<String, List<Interface>> entry : mine.entrySet()) {
            String image = segments.get(entry.getKey());
            if (image == null) {
                if (first == second) {
                    continue;
                }
                image = entry.getKey();
            }
            List<Interface> partners = theirs.getOrDefault(image, List.of());
            if (partners.size() != entry.getValue().size()) {
                return false;
            }
            for (int i = 0; i < partners.size(); i++) {
                builder.addresses(RangePair.ofAddresses(entry.getValue().get(i).address().bits(),
                        partners.get(i).address().bits()));
            }
        }
        return true;
    }

    private static Map<String, List<Interface>> bySegment(Router router) {
        Map<String, List<Interface>> bySegment = new LinkedHashMap<>();
        router.interfaces().forEach(i -> bySegment.computeIfAbsent(i.segment(), s -> new ArrayList<>()).add(i));
        return bySegment;
    }

    /**
     * The configured prefixes above {@code range}, innermost first, that hold nothing but the
     * block's own ranges and addresses (a rack's aggregate route): they move with the block.
     */
    private static List<Prefix> localAncestors(MentionIndex index, Prefix range, List<Prefix> footprint) {
        List<Prefix> ancestors = new ArrayList<>(index.ancestors(range));
        java.util.Collections.reverse(ancestors);
        List<Prefix> local = new ArrayList<>();
        for (Prefix ancestor : ancestors) {
            boolean onlyOwn = index.allWithin(ancestor, mention -> footprint.stream().anyMatch(f -> f.contains(mention.at()))
                    || mention.kind().prefix() && footprint.stream().anyMatch(f -> mention.at().contains(f)));
            if (!onlyOwn) {
                break;
            }
            local.add(ancestor);
        }
        return local;
    }
}
