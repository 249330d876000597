package org.netroute.checker.alloy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.netroute.checker.topology.Ipv4Address;

/**
 * One cluster as an Alloy instance: the text that completes netroute.als (one {@code one sig}
 * atom per device, pod, address... and every configuration relation as a constant fun, plus one
 * check command per property), and the map between atoms and the topology's names, so that an
 * Alloy solution can be read back in the domain's words.
 *
 * @param clusterName  the topology's name
 * @param text         the instance part of the module
 * @param devices      device name -> atom, nodes then routers in file order
 * @param pods         pod name -> atom, in file order
 * @param addresses    destination class address -> atom, ascending
 * @param sizes        packet size in bytes -> atom
 */
public record AlloyInstance(String clusterName, String text, Map<String, String> devices, Map<String, String> pods,
        Map<Ipv4Address, String> addresses, Map<Integer, String> sizes) {

    public AlloyInstance {
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
        pods = Collections.unmodifiableMap(new LinkedHashMap<>(pods));
        addresses = Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
        sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
    }

    /** The device a solution's atom (such as {@code n_worker1$0}) stands for. */
    public String deviceOf(String atom) {
        return inverse(devices).get(label(atom));
    }

    public String podOf(String atom) {
        return inverse(pods).get(label(atom));
    }

    public Ipv4Address addressOf(String atom) {
        return inverse(addresses).get(label(atom));
    }

    public Integer sizeOf(String atom) {
        return inverse(sizes).get(label(atom));
    }

    /** The sig name of a solution atom: {@code n_worker1$0} -> {@code n_worker1}. */
    static String label(String atom) {
        int dollar = atom.indexOf('$');
        return dollar < 0 ? atom : atom.substring(0, dollar);
    }

    private static <K> Map<String, K> inverse(Map<K, String> map) {
        return map.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    /** The order of devices, pods or addresses in the topology, for "first in file order". */
    static <K> Map<String, Integer> positions(Map<K, String> atoms) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        atoms.values().forEach(atom -> positions.put(atom, positions.size()));
        return positions;
    }

    static <K> Function<String, Integer> position(Map<K, String> atoms) {
        Map<String, Integer> positions = positions(atoms);
        return atom -> positions.getOrDefault(label(atom), Integer.MAX_VALUE);
    }
}
