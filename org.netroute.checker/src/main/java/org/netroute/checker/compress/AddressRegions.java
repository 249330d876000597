package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
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
 * The regions of one topology's address space (SEMANTICS.md, no-loop destination classes): the
 * configured prefixes, which addresses are named and which are owned by a device. An unowned
 * address forwards like every unowned address of its region, which is what lets a finding on the
 * compressed network be moved to an address that is unowned in the original.
 */
final class AddressRegions {

    private final List<Prefix> prefixes;
    private final Set<Long> prefixSet = new HashSet<>();
    private final int[] lengths;
    private final Set<Long> named = new HashSet<>();
    private final Set<Long> owned = new HashSet<>();

    AddressRegions(Topology topology) {
        TreeSet<Prefix> all = new TreeSet<>();
        all.add(Prefix.ANY);
        topology.cilium().nativeRoutingCidr().ifPresent(all::add);
        for (Segment segment : topology.segments()) {
            all.add(segment.cidr());
            segment.gateway().ifPresent(gateway -> named.add(HashKeys.ofAddress(gateway.bits())));
        }
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Node node : topology.nodes()) {
            all.add(node.podCidr());
            named.add(HashKeys.ofAddress(node.address().bits()));
            owned.add(HashKeys.ofAddress(node.address().bits()));
            if (ipsec) {
                named.add(HashKeys.ofAddress(node.ciliumInternalIp().bits()));
                owned.add(HashKeys.ofAddress(node.ciliumInternalIp().bits()));
            }
            for (Pod pod : node.pods()) {
                named.add(HashKeys.ofAddress(pod.address().bits()));
            }
        }
        for (Router router : topology.routers()) {
            for (Interface anInterface : router.interfaces()) {
                named.add(HashKeys.ofAddress(anInterface.address().bits()));
                owned.add(HashKeys.ofAddress(anInterface.address().bits()));
            }
            for (Route route : router.routes()) {
                all.add(route.destination());
                route.nextHop().ifPresent(hop -> named.add(HashKeys.ofAddress(hop.bits())));
            }
        }
        prefixes = List.copyOf(all);
        prefixes.forEach(prefix -> prefixSet.add(HashKeys.of(prefix)));
        lengths = prefixes.stream().mapToInt(Prefix::length).distinct().sorted().toArray();
    }

    List<Prefix> prefixes() {
        return prefixes;
    }

    boolean named(int address) {
        return named.contains(HashKeys.ofAddress(address));
    }

    boolean owned(int address) {
        return owned.contains(HashKeys.ofAddress(address));
    }

    /** The longest configured prefix containing {@code address}. */
    Prefix regionOf(int address) {
        for (int i = lengths.length - 1; i >= 0; i--) {
            Prefix candidate = new Prefix(address, lengths[i]);
            if (prefixSet.contains(HashKeys.of(candidate))) {
                return candidate;
            }
        }
        return Prefix.ANY;
    }

    /**
     * The lowest address of {@code region} outside its sub-prefixes that no declaration names, else
     * the lowest that no device owns; empty when every such address is owned.
     */
    OptionalLong representative(Prefix region) {
        List<Prefix> children = children(region);
        OptionalLong unnamed = search(region, children, true);
        return unnamed.isPresent() ? unnamed : search(region, children, false);
    }

    private OptionalLong search(Prefix region, List<Prefix> children, boolean unnamed) {
        long cursor = Integer.toUnsignedLong(region.network());
        for (Prefix child : children) {
            OptionalLong found = scan(cursor, Integer.toUnsignedLong(child.network()) - 1, unnamed);
            if (found.isPresent()) {
                return found;
            }
            cursor = Integer.toUnsignedLong(child.lastBits()) + 1;
        }
        return scan(cursor, Integer.toUnsignedLong(region.lastBits()), unnamed);
    }

    private OptionalLong scan(long first, long last, boolean unnamed) {
        for (long candidate = first; candidate <= last; candidate++) {
            int address = (int) candidate;
            if (unnamed ? !named(address) : !owned(address)) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    /** The maximal configured prefixes strictly inside {@code region}, by address. */
    private List<Prefix> children(Prefix region) {
        List<Prefix> children = new ArrayList<>();
        int found = java.util.Collections.binarySearch(prefixes, region);
        for (int i = found >= 0 ? found + 1 : -found - 1; i < prefixes.size(); i++) {
            Prefix candidate = prefixes.get(i);
            if (!region.contains(candidate)) {
                break;
            }
            if (children.isEmpty() || !children.get(children.size() - 1).contains(candidate)) {
                children.add(candidate);
            }
        }
        return children;
    }
}
