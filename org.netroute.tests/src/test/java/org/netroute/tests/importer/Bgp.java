package org.netroute.tests.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cilium's BGP objects for the tests, as maps: both generations of the API. */
final class Bgp {

    private Bgp() {
    }

    /** A {@code cilium.io/v2alpha1} CiliumBGPPeeringPolicy with one virtual router and its neighbors. */
    static Map<String, Object> peeringPolicy(String name, Map<String, String> nodeLabels, boolean exportPodCidr,
            String... peerAddresses) {
        Map<String, Object> spec = new LinkedHashMap<>();
        if (nodeLabels != null) {
            spec.put("nodeSelector", Map.of("matchLabels", nodeLabels));
        }
        Map<String, Object> router = new LinkedHashMap<>();
        router.put("localASN", 65001);
        if (exportPodCidr) {
            router.put("exportPodCIDR", true);
        }
        router.put("neighbors", List.of(peerAddresses).stream()
                .map(address -> Map.<String, Object>of("peerAddress", address + "/32", "peerASN", 65000)).toList());
        spec.put("virtualRouters", List.of(router));
        return KubeDump.object("cilium.io/v2alpha1", "CiliumBGPPeeringPolicy", null, name, Map.of(), Map.of("spec", spec));
    }

    /** A CiliumBGPClusterConfig with one instance whose peers use the peer config {@code peerConfig}. */
    static Map<String, Object> clusterConfig(String version, String name, Map<String, String> nodeLabels, String peerConfig,
            String... peerAddresses) {
        Map<String, Object> spec = new LinkedHashMap<>();
        if (nodeLabels != null) {
            spec.put("nodeSelector", Map.of("matchLabels", nodeLabels));
        }
        spec.put("bgpInstances", List.of(Map.of("name", "65001", "localASN", 65001, "peers", List.of(peerAddresses).stream()
                .map(address -> Map.<String, Object>of("name", "peer-" + address, "peerAddress", address, "peerASN", 65000,
                        "peerConfigRef", Map.of("name", peerConfig))).toList())));
        return KubeDump.object("cilium.io/" + version, "CiliumBGPClusterConfig", null, name, Map.of(), Map.of("spec", spec));
    }

    /** A CiliumBGPPeerConfig whose IPv4 family advertises what carries the label {@code advertise=NAME}. */
    static Map<String, Object> peerConfig(String version, String name, String advertise) {
        return KubeDump.object("cilium.io/" + version, "CiliumBGPPeerConfig", null, name, Map.of(), Map.of("spec",
                Map.of("families", List.of(Map.of("afi", "ipv4", "safi", "unicast", "advertisements",
                        Map.of("matchLabels", Map.of("advertise", advertise)))))));
    }

    /** A CiliumBGPAdvertisement labelled {@code advertise=LABEL} of one type (PodCIDR, Service). */
    static Map<String, Object> advertisement(String version, String name, String label, String type) {
        return KubeDump.object("cilium.io/" + version, "CiliumBGPAdvertisement", null, name, Map.of("advertise", label),
                Map.of("spec", Map.of("advertisements", List.of(Map.of("advertisementType", type)))));
    }
}
