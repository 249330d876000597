package org.netroute.importer.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Kubernetes does not know, from the user's {@code --underlay} file: segments, routers,
 * firewalls, BGP peers written by hand, and Cilium options that win over the imported ones.
 *
 * @param clusterName the underlay cluster's name
 */
public record Underlay(String file, String clusterName, List<ImportedCluster.Segment> segments,
        List<ImportedCluster.Router> routers, List<ImportedCluster.Firewall> firewalls, List<ImportedCluster.Peer> peers,
        Map<String, CiliumSettings.Option> cilium) {

    public Underlay {
        segments = List.copyOf(segments);
        routers = List.copyOf(routers);
        firewalls = List.copyOf(firewalls);
        peers = List.copyOf(peers);
        cilium = Map.copyOf(cilium);
    }

    /** The router that has an interface with this address, if any. */
    public Optional<ImportedCluster.Router> routerWith(String address) {
        return routers.stream().filter(router -> router.interfaces().stream()
                .anyMatch(iface -> iface.address().equals(address))).findFirst();
    }
}
