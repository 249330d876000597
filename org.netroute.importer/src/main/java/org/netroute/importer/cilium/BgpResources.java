package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;
import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;

/**
 * Cilium's BGP objects, resolved into the peerings that carry PodCIDRs. Two generations exist:
 * CiliumBGPPeeringPolicy ({@code cilium.io/v2alpha1}: virtual routers with neighbors and
 * {@code exportPodCIDR}), and CiliumBGPClusterConfig with CiliumBGPPeerConfig and
 * CiliumBGPAdvertisement ({@code cilium.io/v2}, and {@code v2alpha1} before Cilium 1.18), where a
 * peer's config selects the advertisements of each address family. A neighbor that is not sent
 * the PodCIDRs is no peer in NetRoute's sense and is left out with a warning.
 */
public final class BgpResources {

    private final List<KubeObject> peeringPolicies = new ArrayList<>();
    private final List<KubeObject> clusterConfigs = new ArrayList<>();
    private final Map<String, KubeObject> peerConfigs = new LinkedHashMap<>();
    private final List<KubeObject> advertisements = new ArrayList<>();

    /** Keeps a BGP object; false when the object is none of the four kinds. */
    public boolean accept(KubeObject object) {
        if (!object.group().equals("cilium.io")) {
            return false;
        }
        switch (object.kind()) {
            case "CiliumBGPPeeringPolicy" -> peeringPolicies.add(object);
            case "CiliumBGPClusterConfig" -> clusterConfigs.add(object);
            case "CiliumBGPPeerConfig" -> {
                KubeObject earlier = peerConfigs.get(object.name());
                // the current API version wins over v2alpha1 when a dump holds both
                if (earlier == null || !earlier.version().equals("v2") || object.version().equals("v2")) {
                    peerConfigs.put(object.name(), object);
                }
            }
            case "CiliumBGPAdvertisement" -> advertisements.add(object);
            default -> {
                return false;
            }
        }
        return true;
    }

    public int count() {
        return peeringPolicies.size() + clusterConfigs.size() + peerConfigs.size() + advertisements.size();
    }

    /** Every peering that carries PodCIDRs, in the order the objects were read. */
    public List<Peering> peerings(Findings findings) {
        List<Peering> peerings = new ArrayList<>();
        for (KubeObject policy : peeringPolicies) {
            Optional<LabelSelector> nodes = LabelSelector.read(policy.body().at("spec", "nodeSelector"));
            for (KubeValue router : policy.body().items("spec", "virtualRouters")) {
                boolean exports = router.text("exportPodCIDR").filter("true"::equalsIgnoreCase).isPresent();
                String asn = router.text("localASN").orElse("?");
                for (KubeValue neighbor : router.items("neighbors")) {
                    String written = neighbor.text("peerAddress").orElse("");
                    String part = "virtual router " + asn + ", neighbor " + written;
                    if (!exports) {
                        findings.warning(policy, neighbor.line(), "neighbor " + written + " of virtual router " + asn
                                + " is not sent the PodCIDRs (exportPodCIDR is not true): left out, it learns no pod routes");
                        continue;
                    }
                    address(written, true, policy, neighbor, findings).ifPresent(address -> peerings.add(
                            new Peering(address, nodes, policy.ref(), part, policy.origin(neighbor.line()))));
                }
            }
        }
        for (KubeObject config : clusterConfigs) {
            Optional<LabelSelector> nodes = LabelSelector.read(config.body().at("spec", "nodeSelector"));
            for (KubeValue instance : config.body().items("spec", "bgpInstances")) {
                String instanceName = instance.text("name").orElse("?");
                for (KubeValue peer : instance.items("peers")) {
                    String peerName = peer.text("name").orElse("?");
                    String part = "instance " + instanceName + ", peer " + peerName;
                    Optional<String> written = peer.text("peerAddress");
                    if (written.isEmpty()) {
                        String mode = peer.text("autoDiscovery", "mode").orElse("");
                        findings.warning(config, peer.line(), "peer " + peerName + " has no peerAddress"
                                + (mode.isEmpty() ? "" : " (auto-discovered: " + mode + ")")
                                + ": its address is not in the objects, left out");
                        continue;
                    }
                    if (!advertisesPodCidrs(config, peer, peerName, findings)) {
                        continue;
                    }
                    address(written.get(), false, config, peer, findings).ifPresent(address -> peerings.add(
                            new Peering(address, nodes, config.ref(), part, config.origin(peer.line()))));
                }
            }
        }
        return peerings;
    }

    /** Whether the peer's CiliumBGPPeerConfig selects, for IPv4, an advertisement of type PodCIDR. */
    private boolean advertisesPodCidrs(KubeObject config, KubeValue peer, String peerName, Findings findings) {
        Optional<String> configName = peer.text("peerConfigRef", "name");
        if (configName.isEmpty()) {
            findings.warning(config, peer.line(), "peer " + peerName + " names no CiliumBGPPeerConfig, so no"
                    + " advertisement is sent to it: left out, it learns no pod routes");
            return false;
        }
        KubeObject peerConfig = peerConfigs.get(configName.get());
        if (peerConfig == null) {
            findings.warning(config, peer.line(), "peer " + peerName + " names CiliumBGPPeerConfig " + configName.get()
                    + ", which was not read: left out (add the CiliumBGPPeerConfig and CiliumBGPAdvertisement objects)");
            return false;
        }
        for (KubeValue family : peerConfig.body().items("spec", "families")) {
            if (!family.text("afi").filter("ipv4"::equals).isPresent()) {
                continue;
            }
            Optional<LabelSelector> selector = LabelSelector.read(family.at("advertisements"));
            if (selector.isEmpty()) {
                continue;
            }
            for (KubeObject advertisement : advertisements) {
                if (selector.get().matches(advertisement.body().strings("metadata", "labels"))
                        && advertisement.body().items("spec", "advertisements").stream().anyMatch(
                                entry -> entry.text("advertisementType").filter("PodCIDR"::equals).isPresent())) {
                    return true;
                }
            }
        }
        findings.warning(config, peer.line(), "peer " + peerName + ": " + peerConfig.ref() + " selects no"
                + " CiliumBGPAdvertisement of type PodCIDR for IPv4: left out, it learns no pod routes");
        return false;
    }

    /** The peer's IPv4 address; v2alpha1 writes it as a /32 CIDR. */
    private static Optional<String> address(String written, boolean cidr, KubeObject object, KubeValue at,
            Findings findings) {
        String text = written.trim();
        if (Addresses.isIpv6(text)) {
            findings.warning(object, at.line(), "IPv6 peer " + text + " is left out: NetRoute models IPv4 only");
            return Optional.empty();
        }
        if (cidr && text.contains("/")) {
            if (!text.endsWith("/32")) {
                findings.error(object, at.line(), "peerAddress " + text + " is not one address (a /32)");
                return Optional.empty();
            }
            text = text.substring(0, text.length() - 3);
        }
        Optional<String> problem = Ipv4Text.addressProblem(text);
        if (problem.isPresent()) {
            findings.error(object, at.line(), "peerAddress " + written + ": " + problem.get());
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
