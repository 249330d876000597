package org.netroute.tests.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Node;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The nodes of a kind cluster's {@code kind: List} dump (YAML or JSON), read by another route than
 * the importer's: snakeyaml-engine's composer into plain maps. The kind tests compare the imported
 * nodes with these, so an importer that misreads a dump cannot agree with itself.
 */
final class KindNodes {

    /** One node: its IPv4 InternalIP and the first IPv4 PodCIDR of its CiliumNode. */
    record Expected(String address, String podCidr) {
    }

    private KindNodes() {
    }

    /** The imported cluster's nodes, by name. */
    static Map<String, Expected> imported(Cluster cluster) {
        Map<String, Expected> nodes = new TreeMap<>();
        for (Node node : cluster.getNodes()) {
            nodes.put(node.getName(), new Expected(node.getAddress(), node.getPodCidr()));
        }
        return nodes;
    }

    /** Each Node's name, IPv4 InternalIP and the IPv4 PodCIDR of its CiliumNode, from the dump's maps. */
    @SuppressWarnings("unchecked")
    static Map<String, Expected> stated(Path dump) {
        Map<String, Object> list;
        try (Reader reader = Files.newBufferedReader(dump)) {
            list = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> addresses = new TreeMap<>();
        Map<String, String> podCidrs = new TreeMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) list.get("items")) {
            String name = (String) ((Map<String, Object>) item.get("metadata")).get("name");
            if (item.get("kind").equals("Node")) {
                for (Map<String, Object> address : (List<Map<String, Object>>) ((Map<String, Object>) item.get("status")).get("addresses")) {
                    if (address.get("type").equals("InternalIP") && !((String) address.get("address")).contains(":")) {
                        addresses.put(name, (String) address.get("address"));
                    }
                }
            } else if (item.get("kind").equals("CiliumNode")) {
                Map<String, Object> ipam = (Map<String, Object>) ((Map<String, Object>) item.get("spec")).get("ipam");
                List<String> ipv4 = new ArrayList<>();
                for (String cidr : (List<String>) ipam.get("podCIDRs")) {
                    if (!cidr.contains(":")) {
                        ipv4.add(cidr);
                    }
                }
                podCidrs.put(name, ipv4.get(0));
            }
        }
        Map<String, Expected> expected = new TreeMap<>();
        addresses.forEach((name, address) -> expected.put(name, new Expected(address, podCidrs.get(name))));
        return expected;
    }
}
