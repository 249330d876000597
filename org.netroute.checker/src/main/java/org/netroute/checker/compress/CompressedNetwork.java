package org.netroute.checker.compress;

import java.util.Set;

import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Topology;

/**
 * A cluster and a smaller sub-network of it that has the same verdicts for reachability, mtu
 * and no-loop, with the roles that map every original element onto the kept one it is
 * interchangeable with (docs/COMPRESSION.md). The compressed topology is made of the original
 * records, so every engine runs on it unchanged.
 */
public record CompressedNetwork(Topology original, Topology compressed, Roles roles) {

    /** Compresses {@code original} as far as verified symmetries allow; irregular clusters come back unchanged. */
    public static CompressedNetwork of(Topology original) {
        return new Compressor().compress(original);
    }

    /**
     * The regions of the compressed network that stand for no destination class of the original
     * ({@link Roles#vacatedRegions()}): a no-loop check on the compressed network leaves them out.
     */
    public Set<Prefix> vacatedRegions() {
        return roles.vacatedRegions();
    }

    /** Whether the compressed network is smaller than the original. */
    public boolean reduced() {
        return compressed.nodes().size() < original.nodes().size()
                || compressed.pods().size() < original.pods().size()
                || compressed.routers().size() < original.routers().size()
                || compressed.segments().size() < original.segments().size();
    }

    /** For example "5,000 nodes, 150,000 pods -> 4 nodes in 2 roles, 1 router, 2 segments, 8 pods". */
    public String summary() {
        String before = ElementKind.NODE.count(original.nodes().size()) + ", "
                + ElementKind.POD.count(original.pods().size());
        if (!reduced()) {
            return before + " -> not reduced";
        }
        int roleCount = roles.roles(ElementKind.NODE);
        StringBuilder after = new StringBuilder(ElementKind.NODE.count(compressed.nodes().size()))
                .append(" in ").append(String.format(java.util.Locale.ROOT, "%,d role%s", roleCount, roleCount == 1 ? "" : "s"));
        if (!compressed.routers().isEmpty()) {
            after.append(", ").append(ElementKind.ROUTER.count(compressed.routers().size()));
        }
        after.append(", ").append(ElementKind.SEGMENT.count(compressed.segments().size()))
                .append(", ").append(ElementKind.POD.count(compressed.pods().size()));
        return before + " -> " + after;
    }
}
