package org.netroute.checker.compress;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;

/**
 * What each original element became in the compressed network: the kept element it is
 * interchangeable with (kept elements are their own role), how many kept elements and how many
 * interchangeable classes of them each kind has, and how an address chosen in the compressed
 * network turns back into an original address that forwards the same way.
 */
public final class Roles {

    private final Map<String, String> roleOf;
    private final Map<ElementKind, Integer> kept;
    private final Map<ElementKind, Integer> classes;
    private final AddressRegions original;
    private final AddressRegions compressed;
    private final Map<Prefix, Long> regionAddresses;
    private final Set<Prefix> vacatedRegions;

    Roles(Map<String, String> roleOf, Map<ElementKind, Integer> kept, Map<ElementKind, Integer> classes,
            AddressRegions original, AddressRegions compressed, Map<Prefix, Long> regionAddresses,
            Set<Prefix> vacatedRegions) {
        this.roleOf = Map.copyOf(roleOf);
        this.kept = new EnumMap<>(kept);
        this.classes = new EnumMap<>(classes);
        this.original = original;
        this.compressed = compressed;
        this.regionAddresses = Map.copyOf(regionAddresses);
        this.vacatedRegions = Set.copyOf(vacatedRegions);
    }

    /**
     * The regions of the compressed network (by their prefix) whose unowned addresses all lie in
     * the territory of removed elements: in the original every address of such a prefix lies in a
     * sub-prefix (a pool CIDR all handed out as PodCIDRs), so no destination class of the original
     * corresponds to them, and a no-loop check on the compressed network must leave them out.
     */
    public Set<Prefix> vacatedRegions() {
        return vacatedRegions;
    }

    /**
     * The kept element (of the same kind) that {@code name}, a node, router, segment or pod of the
     * original network, is interchangeable with.
     *
     * @throws IllegalArgumentException when the original network has no element of that name
     */
    public String roleOf(String name) {
        String role = roleOf.get(name);
        if (role == null) {
            throw new IllegalArgumentException("the original network has no node, router, segment or pod named " + name);
        }
        return role;
    }

    /** How many elements of a kind the compressed network keeps. */
    public int kept(ElementKind kind) {
        return kept.getOrDefault(kind, 0);
    }

    /** How many classes of interchangeable kept elements of a kind there are (kept elements in one class play one role). */
    public int roles(ElementKind kind) {
        return classes.getOrDefault(kind, 0);
    }

    /**
     * An original address that every kept device forwards exactly as the compressed network forwards
     * {@code chosen}: {@code chosen} itself when the compressed network names it or when it is
     * unnamed in both networks and lies in the same region; otherwise an address of its region
     * that no original device owns.
     *
     * @throws IllegalArgumentException when no original address of that region is unowned (a
     *         vacated region, which no destination class of the compressed network stands for)
     */
    public Ipv4Address concreteDestination(Ipv4Address chosen) {
        int address = chosen.bits();
        if (compressed.named(address)) {
            return chosen;
        }
        Prefix region = compressed.regionOf(address);
        if (!original.named(address) && original.regionOf(address).equals(region)) {
            return chosen;
        }
        Long replacement = regionAddresses.get(region);
        if (replacement == null) {
            OptionalLong found = original.representative(region);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no address of " + region + " is unowned in the original network");
            }
            replacement = found.getAsLong();
        }
        return new Ipv4Address((int) (long) replacement);
    }
}
