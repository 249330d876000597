package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * Every address and prefix the configuration names, sorted by address, so that the records a
 * renaming of one address range touches are found without looking at the rest of the cluster.
 */
final class MentionIndex {

    private final Mention[] sorted;
    /** The unsigned network of each sorted mention, for a binary search that stays in one array. */
    private final long[] networks;
    private final Map<Long, Boolean> configuredPrefixes = new HashMap<>();
    private final int[] prefixLengths;

    MentionIndex(Topology topology) {
        List<Mention> all = new ArrayList<>();
        topology.cilium().nativeRoutingCidr()
                .ifPresent(cidr -> all.add(new Mention(cidr, Mention.Kind.NATIVE_CIDR, "", 0)));
        for (Segment segment : topology.segments()) {
            all.add(new Mention(segment.cidr(), Mention.Kind.SEGMENT_CIDR, segment.name(), 0));
            segment.gateway().ifPresent(gateway -> all.add(new Mention(host(gateway.bits()), Mention.Kind.GATEWAY,
                    segment.name(), 0)));
        }
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Node node : topology.nodes()) {
            all.add(new Mention(host(node.address().bits()), Mention.Kind.NODE_ADDRESS, node.name(), 0));
            if (ipsec) {
                all.add(new Mention(host(node.ciliumInternalIp().bits()), Mention.Kind.CILIUM_INTERNAL_IP, node.name(),
                        0));
            }
            all.add(new Mention(node.podCidr(), Mention.Kind.POD_CIDR, node.name(), 0));
            List<Pod> pods = node.pods();
            for (int p = 0; p < pods.size(); p++) {
                all.add(new Mention(host(pods.get(p).address().bits()), Mention.Kind.POD_ADDRESS, node.name(), p));
            }
        }
        for (Router router : topology.routers()) {
            List<Interface> interfaces = router.interfaces();
            for (int i = 0; i < interfaces.size(); i++) {
                all.add(new Mention(host(interfaces.get(i).address().bits()), Mention.Kind.INTERFACE_ADDRESS,
                        router.name(), i));
            }
            List<Route> routes = router.routes();
            for (int r = 0; r < routes.size(); r++) {
                Route route = routes.get(r);
                all.add(new Mention(route.destination(), Mention.Kind.ROUTE_PREFIX, router.name(), r));
                int index = r;
                route.nextHop().ifPresent(hop -> all.add(new Mention(host(hop.bits()), Mention.Kind.NEXT_HOP,
                        router.name(), index)));
            }
        }
        sorted = sortedByAddress(all);
        networks = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            networks[i] = Integer.toUnsignedLong(sorted[i].at().network());
        }
        Set<Integer> lengths = new TreeSet<>();
        Prefix previous = null;
        for (Mention mention : sorted) {
            if (mention.kind().prefix() && !mention.at().equals(previous)) {
                previous = mention.at();
                configuredPrefixes.put(HashKeys.of(previous), Boolean.TRUE);
                lengths.add(previous.length());
            }
        }
        prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Sorts by (network, length) through packed primitive keys: a million mentions sort in tens of milliseconds. */
    private static Mention[] sortedByAddress(List<Mention> all) {
        if (all.size() >= 1 << 25) {
            Mention[] sorted = all.toArray(Mention[]::new);
            Arrays.sort(sorted, java.util.Comparator.comparingLong((Mention m) -> Integer.toUnsignedLong(m.at().network()))
                    .thenComparingInt(m -> m.at().length()));
            return sorted;
        }
        long[] keys = new long[all.size()];
        for (int i = 0; i < keys.length; i++) {
            Prefix at = all.get(i).at();
            keys[i] = ((Integer.toUnsignedLong(at.network()) << 6 | at.length()) << 25) | i;
        }
        Arrays.sort(keys);
        Mention[] sorted = new Mention[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = all.get((int) (keys[i] & ((1 << 25) - 1)));
        }
        return sorted;
    }

    static Prefix host(int address) {
        return new Prefix(address, 32);
    }

    /** Every mention lying inside {@code range} (the range itself included). */
    List<Mention> within(Prefix range) {
        List<Mention> found = new ArrayList<>();
        long last = Integer.toUnsignedLong(range.lastBits());
        for (int i = firstAtOrAfter(range.network()); i < sorted.length && networks[i] <= last; i++) {
            if (sorted[i].at().length() >= range.length()) {
                found.add(sorted[i]);
            }
        }
        return found;
    }

    /** Whether every mention inside {@code range} satisfies {@code test}; stops at the first that does not. */
    boolean allWithin(Prefix range, java.util.function.Predicate<Mention> test) {
        long last = Integer.toUnsignedLong(range.lastBits());
        for (int i = firstAtOrAfter(range.network()); i < sorted.length && networks[i] <= last; i++) {
            if (sorted[i].at().length() >= range.length() && !test.test(sorted[i])) {
                return false;
            }
        }
        return true;
    }

    /** The configured prefixes strictly containing {@code range}, shortest first. */
    List<Prefix> ancestors(Prefix range) {
        List<Prefix> found = new ArrayList<>();
        for (int length : prefixLengths) {
            if (length >= range.length()) {
                break;
            }
            Prefix candidate = new Prefix(range.network(), length);
            if (configuredPrefixes.containsKey(HashKeys.of(candidate))) {
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * The longest configured prefix strictly containing {@code range}, or 0.0.0.0/0 when none does.
     * Configured prefixes nest or are disjoint, so it determines every prefix that contains the
     * range: two ranges with the same innermost ancestor lie in the same configured prefixes.
     */
    Prefix innermostAncestor(Prefix range) {
        for (int i = prefixLengths.length - 1; i >= 0; i--) {
            int length = prefixLengths[i];
            if (length < range.length()) {
                Prefix candidate = new Prefix(range.network(), length);
                if (configuredPrefixes.containsKey(HashKeys.of(candidate))) {
                    return candidate;
                }
            }
        }
        return Prefix.ANY;
    }

    private int firstAtOrAfter(int network) {
        long key = Integer.toUnsignedLong(network);
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (networks[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
