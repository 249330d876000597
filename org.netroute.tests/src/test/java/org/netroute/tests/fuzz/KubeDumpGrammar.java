package org.netroute.tests.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import org.netroute.tests.importer.KubeDump;

/**
 * Writes the dumps {@code netroute import} reads, as kubectl prints them (a YAML List, YAML
 * documents, a JSON List): Nodes and CiliumNodes, CiliumEndpoints or Pods, and a cilium-config,
 * mostly consistent (so that many imports succeed and their output is checked) and sometimes not:
 * missing or malformed addresses and PodCIDRs, pods outside their node's PodCIDR, unknown nodes,
 * unknown or contradictory Cilium options.
 */
public final class KubeDumpGrammar {

    private static final String[] ODD_ADDRESSES = {"", "10.0.0.256", "fe80::1", "not-an-ip", "0.0.0.0",
            "10.0.0.1/24", "99999999999"};
    private static final String[] ODD_PREFIXES = {"", "10.244.0.0/33", "10.244.0.7/24", "fd00::/64", "0.0.0.0/0"};
    private static final String[][] CILIUM_OPTIONS = {
            {"routing-mode", "tunnel", "native", "bogus", ""},
            {"tunnel", "vxlan", "geneve", "disabled", "gre"},
            {"tunnel-protocol", "vxlan", "geneve", "gre"},
            {"tunnel-port", "8472", "6081", "0", "65536", "-1", "x"},
            {"mtu", "0", "1500", "9000", "99999999999", "abc"},
            {"ipv4-native-routing-cidr", "10.244.0.0/16", "10.0.0.0/8", "bogus"},
            {"native-routing-cidr", "10.244.0.0/16"},
            {"auto-direct-node-routes", "true", "false", "maybe"},
            {"direct-routing-skip-unreachable", "true", "false"},
            {"cluster-name", "prod", "", "has space", "\u4e2d"},
            {"enable-ipv6", "true", "false"},
            {"enable-wireguard", "true", "false"},
            {"ipam", "kubernetes", "cluster-pool", "eni"}};

    /** A dump's text; JSON when it starts with '{'. */
    public String write(Choices choices) {
        KubeDump dump = new KubeDump();
        if (!choices.oneIn(4)) {
            Map<String, String> data = new LinkedHashMap<>();
            for (String[] option : CILIUM_OPTIONS) {
                if (choices.oneIn(3)) {
                    data.put(option[0], option[1 + choices.below(option.length - 1)]);
                }
            }
            dump.add(KubeDump.ciliumConfig(data));
        }
        int nodes = choices.below(5);
        for (int n = 0; n < nodes; n++) {
            String name = choices.oneIn(8) ? choices.oneOf(new String[] {"", "n0", "ip-10-0-0-1.ec2.internal", "N\u00e9"})
                    : "n" + n;
            String address = choices.oneIn(8) ? choices.oneOf(ODD_ADDRESSES) : "10.0." + (choices.oneIn(4) ? 1 : 0)
                    + "." + (10 + n);
            String podCidr = choices.oneIn(8) ? choices.oneOf(ODD_PREFIXES) : choices.oneIn(10) ? null
                    : "10.244." + n + ".0/24";
            Map<String, String> labels = choices.oneIn(3) ? Map.of("rack", "r" + choices.below(2)) : Map.of();
            switch (choices.below(3)) {
                case 0 -> dump.add(KubeDump.node(name, address, podCidr, labels));
                case 1 -> dump.add(KubeDump.ciliumNode(name, address, podCidr, labels));
                default -> dump.add(KubeDump.node(name, address, podCidr, labels))
                        .add(KubeDump.ciliumNode(name, address, choices.oneIn(3) ? "10.245." + n + ".0/24" : podCidr,
                                labels));
            }
        }
        for (int p = choices.below(6); p > 0; p--) {
            int node = choices.below(Math.max(1, nodes));
            String ip = choices.oneIn(8) ? choices.oneOf(ODD_ADDRESSES) : "10.244." + node + "." + (10 + p);
            if (choices.oneIn(2)) {
                dump.add(KubeDump.endpoint(choices.oneIn(2) ? "default" : "kube-system", "web-" + p, ip,
                        "10.0.0." + (10 + node), p));
            } else {
                dump.add(KubeDump.pod("default", "web-" + p, "n" + node, choices.oneIn(10) ? null : ip, choices.oneIn(6)));
            }
        }
        return switch (choices.below(3)) {
            case 0 -> dump.yamlList();
            case 1 -> dump.yamlDocuments();
            default -> dump.jsonList();
        };
    }

    /** Whether a dump's text is JSON (the file is then named .json), by its first character. */
    public static boolean isJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }
}
