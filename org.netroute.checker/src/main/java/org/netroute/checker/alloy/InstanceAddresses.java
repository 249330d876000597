package org.netroute.checker.alloy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/**
 * The address and prefix atoms of the Alloy instance: every named address, one unnamed
 * representative of every region the configuration's prefixes cut out of IPv4 (SEMANTICS.md's
 * destination classes, as the translator states them), and the prefixes themselves. The
 * interpreter computes its own classes independently ({@code interpreter.DestinationClasses}).
 *
 * @param named           the addresses the configuration names, ascending
 * @param representatives one unnamed address per region of the prefixes, ascending
 * @param prefixes        every prefix the configuration names, 0.0.0.0/0 included
 */
public record InstanceAddresses(SortedSet<Ipv4Address> named, SortedSet<Ipv4Address> representatives,
        SortedSet<Prefix> prefixes) {

    public InstanceAddresses {
        named = Collections.unmodifiableSortedSet(new TreeSet<>(named));
        representatives = Collections.unmodifiableSortedSet(new TreeSet<>(representatives));
        prefixes = Collections.unmodifiableSortedSet(new TreeSet<>(prefixes));
    }

    /** Computes the classes of a topology. */
    public static InstanceAddresses of(Topology topology) {
        return of(topology, Set.of());
    }

    /**
     * The classes of a compressed network: those of its topology without the regions that stand
     * for no class of the original cluster (docs/COMPRESSION.md, vacated regions).
     */
    public static InstanceAddresses of(CompressedNetwork network) {
        return of(network.compressed(), network.vacatedRegions());
    }

    /** The classes of a topology, leaving out the representatives of the regions {@code vacated}. */
    private static InstanceAddresses of(Topology topology, Set<Prefix> vacated) {
        SortedSet<Ipv4Address> named = new TreeSet<>();
        SortedSet<Prefix> prefixes = new TreeSet<>();
        prefixes.add(Prefix.ANY);
        topology.cilium().nativeRoutingCidr().ifPresent(prefixes::add);
        for (Segment segment : topology.segments()) {
            prefixes.add(segment.cidr());
            segment.gateway().ifPresent(named::add);
        }
        boolean ipsec = topology.cilium().encryption() == Encryption.IPSEC;
        for (Node node : topology.nodes()) {
            named.add(node.address());
            if (ipsec) {
                named.add(node.ciliumInternalIp());
            }
            prefixes.add(node.podCidr());
            for (Pod pod : node.pods()) {
                named.add(pod.address());
            }
        }
        for (Router router : topology.routers()) {
            router.interfaces().forEach(anInterface -> named.add(anInterface.address()));
            for (Route route : router.routes()) {
                prefixes.add(route.destination());
                route.nextHop().ifPresent(named::add);
            }
        }
        SortedSet<Ipv4Address> representatives = new TreeSet<>();
        for (Prefix prefix : prefixes) {
            if (!vacated.contains(prefix)) {
                representative(prefix, children(prefix, prefixes), named).ifPresent(representatives::add);
            }
        }
        return new InstanceAddresses(named, representatives, prefixes);
    }

    /** Every class's address: the named ones, then the representatives. */
    public List<Ipv4Address> all() {
        List<Ipv4Address> all = new ArrayList<>(named);
        all.addAll(representatives);
        return all;
    }

    /** The maximal prefixes strictly inside {@code parent}, ascending and disjoint (CIDRs nest or are disjoint). */
    private static List<Prefix> children(Prefix parent, SortedSet<Prefix> prefixes) {
        List<Prefix> children = new ArrayList<>();
        for (Prefix candidate : prefixes) {
            if (!candidate.equals(parent) && parent.contains(candidate)
                    && (children.isEmpty() || !children.get(children.size() - 1).contains(candidate))) {
                children.add(candidate);
            }
        }
        return children;
    }

    /** The lowest address of {@code parent} outside its children and not named, if any. */
    private static Optional<Ipv4Address> representative(Prefix parent, List<Prefix> children,
            SortedSet<Ipv4Address> named) {
        long candidate = Integer.toUnsignedLong(parent.network());
        long last = Integer.toUnsignedLong(parent.lastBits());
        int child = 0;
        while (candidate <= last) {
            while (child < children.size() && Integer.toUnsignedLong(children.get(child).lastBits()) < candidate) {
                child++;
            }
            if (child < children.size() && children.get(child).contains((int) candidate)) {
                candidate = Integer.toUnsignedLong(children.get(child).lastBits()) + 1;
                continue;
            }
            Ipv4Address address = new Ipv4Address((int) candidate);
            if (!named.contains(address)) {
                return Optional.of(address);
            }
            candidate++;
        }
        return Optional.empty();
    }
}
