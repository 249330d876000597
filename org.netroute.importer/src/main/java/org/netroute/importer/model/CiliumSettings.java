package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;
import org.netroute.importer.cilium.CiliumConfig;
import org.netroute.importer.source.Origin;

/**
 * The {@code cilium} block import writes, decided from the cilium-config as Cilium's agent reads
 * it (the legacy {@code tunnel} key included, transparent encryption's {@code enable-wireguard}
 * and {@code enable-ipsec} too), with the underlay's own {@code cilium} options winning key by
 * key; and the warnings for what NetRoute does not model (IPv6, cloud IPAM, IPsec's encrypted
 * overlay, node-to-node encryption), which are left out rather than pretended.
 *
 * @param ipamModelled false for IPAM modes whose pod addresses do not come from PodCIDRs
 * @param clusterName  Cilium's {@code cluster-name}, if set
 */
public record CiliumSettings(List<Option> options, boolean ipamModelled, Optional<String> clusterName) {

    /** The keys of NetRoute's cilium block, in the order the formatter's reference writes them. */
    public static final List<String> KEYS = List.of("routing-mode", "tunnel-protocol", "tunnel-port", "mtu",
            "ipv4-native-routing-cidr", "auto-direct-node-routes", "direct-routing-skip-unreachable", "enable-wireguard",
            "enable-ipsec");

    private static final Set<String> CLOUD_IPAM = Set.of("eni", "azure", "alibabacloud");
    private static final Set<String> PODCIDR_IPAM = Set.of("cluster-pool", "kubernetes", "cluster-pool-v2beta");

    /** One {@code key: value} line, with the comment written beside it (empty for none). */
    public record Option(String key, String value, String comment, ImportedCluster.Source source) {
    }

    public CiliumSettings {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String key) {
        return options.stream().filter(option -> option.key().equals(key)).findFirst();
    }

    /**
     * @param overrides the underlay's cilium options by key (they win over the ConfigMap's)
     */
    public static CiliumSettings decide(Optional<CiliumConfig> read, Map<String, Option> overrides, Findings findings) {
        Map<String, Option> options = new LinkedHashMap<>();
        boolean ipamModelled = true;
        Optional<String> clusterName = Optional.empty();
        if (read.isEmpty()) {
            findings.assumption("no cilium-config ConfigMap was read: Cilium's defaults are written (tunnel mode, VXLAN)");
            options.put("routing-mode", inferred("routing-mode", "tunnel", "Cilium's default: no cilium-config was read"));
            options.put("tunnel-protocol", inferred("tunnel-protocol", "vxlan", "Cilium's default"));
        } else {
            CiliumConfig config = read.get();
            routing(config, options, findings);
            number(config, "tunnel-port", options, findings);
            number(config, "mtu", options, findings);
            nativeRoutingCidr(config, options, findings);
            flag(config, "auto-direct-node-routes", options, findings);
            flag(config, "direct-routing-skip-unreachable", options, findings);
            encryption(config, options, findings);
            ipamModelled = unmodelled(config, findings);
            clusterName = config.value("cluster-name");
        }
        options.putAll(overrides);
        if (!options.containsKey("routing-mode") || !options.get("routing-mode").value().equals("tunnel")) {
            options.remove("tunnel-protocol");
        }
        List<Option> ordered = new ArrayList<>();
        for (String key : KEYS) {
            Optional.ofNullable(options.get(key)).ifPresent(ordered::add);
        }
        return new CiliumSettings(ordered, ipamModelled, clusterName);
    }

    /** {@code routing-mode}, else the legacy {@code tunnel: vxlan|geneve|disabled} (Cilium before 1.14). */
    private static void routing(CiliumConfig config, Map<String, Option> options, Findings findings) {
        Optional<String> mode = config.value("routing-mode");
        Optional<String> legacy = config.value("tunnel");
        if (mode.isPresent()) {
            String value = mode.get().toLowerCase(Locale.ROOT);
            if (!value.equals("tunnel") && !value.equals("native")) {
                findings.error(config.object().ref(), config.origin("routing-mode"), "routing-mode '" + mode.get()
                        + "' is neither tunnel nor native");
                return;
            }
            options.put("routing-mode", read(config, "routing-mode", value));
            if (legacy.isPresent() && !value.equals(legacy.get().equalsIgnoreCase("disabled") ? "native" : "tunnel")) {
                findings.warning(config.object().ref(), config.origin("tunnel"), "the legacy key tunnel: " + legacy.get()
                        + " disagrees with routing-mode: " + mode.get() + "; routing-mode wins, as in Cilium 1.14 and later");
            }
        } else if (legacy.isPresent()) {
            String value = legacy.get().toLowerCase(Locale.ROOT);
            switch (value) {
                case "disabled" -> options.put("routing-mode", new Option("routing-mode", "native",
                        "cilium-config: tunnel: disabled (before Cilium 1.14)", source(config, "tunnel")));
                case "vxlan", "geneve" -> {
                    options.put("routing-mode", new Option("routing-mode", "tunnel", "cilium-config: tunnel: " + value
                            + " (before Cilium 1.14)", source(config, "tunnel")));
                    options.put("tunnel-protocol", new Option("tunnel-protocol", value, "", source(config, "tunnel")));
                }
                default -> findings.error(config.object().ref(), config.origin("tunnel"), "tunnel '" + legacy.get()
                        + "' is none of vxlan, geneve, disabled");
            }
        } else {
            findings.assumption("cilium-config sets neither routing-mode nor tunnel: Cilium's default, tunnel mode");
            options.put("routing-mode", inferred("routing-mode", "tunnel", "Cilium's default: cilium-config sets no routing-mode"));
        }
        if (!options.containsKey("tunnel-protocol")) {
            Optional<String> protocol = config.value("tunnel-protocol");
            if (protocol.isPresent()) {
                options.put("tunnel-protocol", read(config, "tunnel-protocol", protocol.get().toLowerCase(Locale.ROOT)));
            } else {
                options.put("tunnel-protocol", inferred("tunnel-protocol", "vxlan", "Cilium's default: cilium-config sets no tunnel-protocol"));
            }
        }
    }

    /** A number; 0 (Cilium's "default" or "auto") is left out, as it means the same as absent. */
    private static void number(CiliumConfig config, String key, Map<String, Option> options, Findings findings) {
        Optional<String> value = config.value(key);
        if (value.isEmpty()) {
            return;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number != 0) {
                options.put(key, read(config, key, Integer.toString(number)));
            }
        } catch (NumberFormatException e) {
            findings.error(config.object().ref(), config.origin(key), key + " '" + value.get() + "' is not a number");
        }
    }

    private static void nativeRoutingCidr(CiliumConfig config, Map<String, Option> options, Findings findings) {
        String key = config.value("ipv4-native-routing-cidr").isPresent() ? "ipv4-native-routing-cidr"
                : "native-routing-cidr";
        Optional<String> value = config.value(key);
        if (value.isEmpty()) {
            return;
        }
        Optional<String> problem = Ipv4Text.cidrProblem(value.get());
        if (problem.isPresent()) {
            findings.error(config.object().ref(), config.origin(key), key + ": " + problem.get());
            return;
        }
        options.put("ipv4-native-routing-cidr", new Option("ipv4-native-routing-cidr", value.get(),
                key.equals("native-routing-cidr") ? "cilium-config: native-routing-cidr (before Cilium 1.12)" : "",
                source(config, key)));
    }

    private static void flag(CiliumConfig config, String key, Map<String, Option> options, Findings findings) {
        Optional<String> value = config.value(key);
        if (value.isEmpty()) {
            return;
        }
        String lower = value.get().toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            findings.error(config.object().ref(), config.origin(key), key + " '" + value.get() + "' is neither true nor false");
            return;
        }
        options.put(key, read(config, key, lower));
    }

    /**
     * {@code enable-wireguard} and {@code enable-ipsec} as read; both true is an error, as Cilium
     * refuses to start so, and neither is written then.
     */
    private static void encryption(CiliumConfig config, Map<String, Option> options, Findings findings) {
        flag(config, "enable-wireguard", options, findings);
        flag(config, "enable-ipsec", options, findings);
        if (config.flag("enable-wireguard", false) && config.flag("enable-ipsec", false)) {
            findings.error(config.object().ref(), config.origin("enable-ipsec"), "enable-wireguard and enable-ipsec are"
                    + " both true: Cilium refuses to start with two transparent encryptions");
            options.remove("enable-wireguard");
            options.remove("enable-ipsec");
        }
    }

    /** Warns of what NetRoute does not model; false when pod addresses do not come from PodCIDRs. */
    private static boolean unmodelled(CiliumConfig config, Findings findings) {
        String ref = config.object().ref();
        if (!config.flag("enable-ipv4", true)) {
            findings.warning(ref, config.origin("enable-ipv4"), "enable-ipv4 is false: an IPv6-only cluster is not"
                    + " modelled (NetRoute checks IPv4); its IPv6 nodes and pods are left out");
        }
        if (config.flag("enable-ipv6", false)) {
            findings.warning(ref, config.origin("enable-ipv6"), "enable-ipv6 is true: the cluster is dual-stack and"
                    + " only its IPv4 half is imported; IPv6 PodCIDRs and addresses are left out");
        }
        if (config.flag("enable-ipsec-encrypted-overlay", false)) {
            findings.warning(ref, config.origin("enable-ipsec-encrypted-overlay"), "enable-ipsec-encrypted-overlay is"
                    + " true: IPsec's encrypted overlay (VXLAN inside ESP between node addresses) is not modelled; NetRoute"
                    + " checks IPsec as ESP inside VXLAN, so firewalls that deny esp are not found to cut pod traffic");
        }
        if (config.flag("encrypt-node", false)) {
            findings.warning(ref, config.origin("encrypt-node"), "encrypt-node is true: node-to-node encryption is not"
                    + " modelled; pod traffic is checked as encrypted, traffic of the nodes themselves is not checked");
        }
        String ipam = config.value("ipam").map(value -> value.toLowerCase(Locale.ROOT)).orElse("cluster-pool");
        if (CLOUD_IPAM.contains(ipam)) {
            findings.warning(ref, config.origin("ipam"), "ipam: " + ipam + " is not modelled: pods take addresses of"
                    + " the cloud network, not of a PodCIDR; nodes without a PodCIDR and their pods are left out");
            return false;
        }
        if (!PODCIDR_IPAM.contains(ipam)) {
            findings.warning(ref, config.origin("ipam"), "ipam: " + ipam + " is not modelled: the PodCIDRs are taken"
                    + " from the Node and CiliumNode objects as they are");
        }
        return true;
    }

    private static Option read(CiliumConfig config, String key, String value) {
        return new Option(key, value, "", source(config, key));
    }

    private static Option inferred(String key, String value, String why) {
        return new Option(key, value, "inferred: " + why, ImportedCluster.Source.NONE);
    }

    private static ImportedCluster.Source source(CiliumConfig config, String key) {
        Origin origin = config.origin(key);
        return new ImportedCluster.Source(config.object().ref(), origin);
    }
}
