package org.netroute.checker.compress;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.netroute.checker.topology.Prefix;

/**
 * The addresses of removed elements (their node, pod and interface addresses, PodCIDRs and
 * segment CIDRs): the part of the address space a sub-network no longer speaks for.
 */
final class Territory {

    private final Set<Long> prefixes = new HashSet<>();
    private final TreeSet<Integer> lengths = new TreeSet<>();

    void add(Prefix prefix) {
        prefixes.add(HashKeys.of(prefix));
        lengths.add(prefix.length());
    }

    void addAddress(int address) {
        add(MentionIndex.host(address));
    }

    /** Whether {@code prefix} lies entirely inside removed territory. */
    boolean covers(Prefix prefix) {
        for (int length : lengths) {
            if (length > prefix.length()) {
                return false;
            }
            if (prefixes.contains(HashKeys.of(new Prefix(prefix.network(), length)))) {
                return true;
            }
        }
        return false;
    }

    boolean coversAddress(int address) {
        return covers(MentionIndex.host(address));
    }
}
