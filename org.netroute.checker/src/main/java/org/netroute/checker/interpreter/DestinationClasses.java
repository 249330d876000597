package org.netroute.checker.interpreter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Cuts the IPv4 space into the classes of destinations that every device forwards alike
 * (SEMANTICS.md, no-loop). Configuration prefixes nest or are disjoint, so the longest prefix
 * containing an address (its <em>region</em>) decides every longest-prefix match; only an
 * address a device owns behaves differently from the rest of its region. Pods and other named
 * addresses nobody owns therefore share their region's class.
 */
final class DestinationClasses {

    /** One class: the address to forward and, for a region, the prefix whose remainder it stands for. */
    record DestinationClass(int representative, Prefix region, boolean owned) {
    }

    private final PrefixTrie<Prefix> regions = new PrefixTrie<>();
    private final List<Prefix> prefixes;
    private final Network network;

    DestinationClasses(Network network) {
        this.network = network;
        Topology topology = network.topology;
        Set<Prefix> all = new TreeSet<>();
        all.add(Prefix.ANY);
        topology.cilium().nativeRoutingCidr().ifPresent(all::add);
        topology.segments().forEach(segment -> all.add(segment.cidr()));
        topology.nodes().forEach(node -> all.add(node.podCidr()));
        topology.routers().forEach(router -> router.routes().forEach(route -> all.add(route.destination())));
        prefixes = List.copyOf(all);
        prefixes.forEach(prefix -> regions.put(prefix, prefix, (first, later) -> first));
    }

    /** The longest configuration prefix containing {@code address}: pods in one region forward alike. */
    Prefix regionOf(int address) {
        return regions.longestPrefix(address);
    }

    /**
     * Every class, in the order counterexamples are searched: the named addresses in file order,
     * then the remaining regions by address, each represented by an address nobody names.
     */
    List<DestinationClass> all() {
        List<Integer> named = namedAddresses();
        Set<Integer> namedSet = new HashSet<>(named);
        Map<Object, DestinationClass> classes = new LinkedHashMap<>();
        for (int address : named) {
            if (network.owner(address) >= 0) {
                classes.putIfAbsent(address, new DestinationClass(address, regionOf(address), true));
            } else {
                Prefix region = regionOf(address);
                classes.putIfAbsent(region, new DestinationClass(address, region, false));
            }
        }
        Map<Prefix, List<Prefix>> children = children();
        for (Prefix prefix : prefixes) {
            if (!classes.containsKey(prefix)) {
                long representative = unnamedAddressIn(prefix, children.getOrDefault(prefix, List.of()), namedSet);
                if (representative >= 0) {
                    classes.put(prefix, new DestinationClass((int) representative, prefix, false));
                }
            }
        }
        return List.copyOf(classes.values());
    }

    /** Direct children of each prefix in the containment tree, by address. */
    private Map<Prefix, List<Prefix>> children() {
        Map<Prefix, List<Prefix>> children = new LinkedHashMap<>();
        Deque<Prefix> enclosing = new ArrayDeque<>();
        for (Prefix prefix : prefixes) {
            while (!enclosing.isEmpty() && !enclosing.peek().contains(prefix)) {
                enclosing.pop();
            }
            if (!enclosing.isEmpty()) {
                children.computeIfAbsent(enclosing.peek(), p -> new ArrayList<>()).add(prefix);
            }
            enclosing.push(prefix);
        }
        return children;
    }

    /** The lowest address of {@code prefix} outside its children that nobody names, or -1. */
    private static long unnamedAddressIn(Prefix prefix, List<Prefix> children, Set<Integer> named) {
        long cursor = Integer.toUnsignedLong(prefix.network());
        for (Prefix child : children) {
            long childStart = Integer.toUnsignedLong(child.network());
            long found = unnamedBetween(cursor, childStart - 1, named);
            if (found >= 0) {
                return found;
            }
            cursor = Math.max(cursor, Integer.toUnsignedLong(child.lastBits()) + 1);
        }
        return unnamedBetween(cursor, Integer.toUnsignedLong(prefix.lastBits()), named);
    }

    private static long unnamedBetween(long first, long last, Set<Integer> named) {
        for (long candidate = first; candidate <= last; candidate++) {
            if (!named.contains((int) candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    /** Every address the configuration names, in the order of the declarations naming it. */
    private List<Integer> namedAddresses() {
        Topology topology = network.topology;
        record Named(int line, int order, int address) {
        }
        List<Named> named = new ArrayList<>();
        for (Segment segment : topology.segments()) {
            segment.gateway().ifPresent(gateway -> named.add(new Named(segment.location().line(), named.size(), gateway.bits())));
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                named.add(new Named(anInterface.location().line(), named.size(), anInterface.address().bits()));
            }
            for (Route route : router.routes()) {
                route.nextHop().ifPresent(hop -> named.add(new Named(route.location().line(), named.size(), hop.bits())));
            }
        }
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Node node : topology.nodes()) {
            named.add(new Named(node.location().line(), named.size(), node.address().bits()));
            if (ipsec) {
                named.add(new Named(node.location().line(), named.size(), node.ciliumInternalIp().bits()));
            }
            for (Pod pod : node.pods()) {
                named.add(new Named(pod.location().line(), named.size(), pod.address().bits()));
            }
        }
        named.sort(Comparator.comparingInt(Named::line).thenComparingInt(Named::order));
        return named.stream().map(Named::address).distinct().toList();
    }
}
