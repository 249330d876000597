package org.netroute.tests.generate;

import java.util.Locale;

import org.netroute.checker.topology.BgpPeer;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.CiliumInternalIp;
import org.netroute.checker.topology.Firewall;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Route;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.Rule;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.Topology;

/** Writes a topology back as .netroute text, so generated clusters can go through the parser and validator too. */
public final class NetRouteText {

    private NetRouteText() {
    }

    public static String render(Topology topology) {
        StringBuilder text = new StringBuilder();
        Cilium cilium = topology.cilium();
        text.append("cluster ").append(topology.name()).append(" {\n");
        text.append("    cilium {\n");
        text.append("        routing-mode: ").append(cilium.mode().name().toLowerCase(Locale.ROOT)).append('\n');
        if (cilium.tunnel()) {
            text.append("        tunnel-protocol: ").append(cilium.tunnelProtocol().keyword()).append('\n');
            text.append("        tunnel-port: ").append(cilium.tunnelPort()).append('\n');
        }
        if (cilium.mtu() > 0) {
            text.append("        mtu: ").append(cilium.mtu()).append('\n');
        }
        cilium.nativeRoutingCidr().ifPresent(cidr -> text.append("        ipv4-native-routing-cidr: ").append(cidr).append('\n'));
        if (!cilium.tunnel()) {
            text.append("        auto-direct-node-routes: ").append(cilium.autoDirectNodeRoutes()).append('\n');
            text.append("        direct-routing-skip-unreachable: ").append(cilium.directRoutingSkipUnreachable()).append('\n');
        }
        if (cilium.encryption().encrypts()) {
            text.append("        ").append(cilium.encryption().optionKey()).append(": true\n");
        }
        text.append("    }\n");
        for (Segment segment : topology.segments()) {
            text.append("    segment ").append(segment.name()).append(" { cidr: ").append(segment.cidr())
                    .append(" mtu: ").append(segment.mtu());
            segment.gateway().ifPresent(gateway -> text.append(" gateway: ").append(gateway));
            text.append(" }\n");
        }
        for (Router router : topology.routers()) {
            text.append("    router ").append(router.name()).append(" {\n");
            for (Interface anInterface : router.interfaces()) {
                text.append("        interface ").append(anInterface.name()).append(' ').append(anInterface.address())
                        .append(" on ").append(anInterface.segment()).append('\n');
            }
            for (Route route : router.routes()) {
                text.append("        route ").append(route).append('\n');
            }
            text.append("    }\n");
        }
        for (Firewall firewall : topology.firewalls()) {
            text.append("    firewall ").append(firewall.name()).append(" at ").append(firewall.device()).append(" {\n");
            for (Rule rule : firewall.rules()) {
                text.append("        ").append(rule).append('\n');
            }
            text.append("    }\n");
        }
        if (!topology.bgpPeers().isEmpty()) {
            text.append("    bgp {\n");
            for (BgpPeer peer : topology.bgpPeers()) {
                text.append("        peer ").append(peer.router());
                peer.nodes().ifPresent(nodes -> text.append(" for ").append(String.join(", ", nodes)));
                text.append('\n');
            }
            text.append("    }\n");
        }
        for (Node node : topology.nodes()) {
            text.append("    node ").append(node.name()).append(" {\n        address: ").append(node.address())
                    .append(" on ").append(node.segment()).append("\n        pod-cidr: ").append(node.podCidr()).append('\n');
            if (!node.ciliumInternalIp().equals(CiliumInternalIp.standIn(node.podCidr(), node.pods()))) {
                text.append("        cilium-internal-ip: ").append(node.ciliumInternalIp()).append('\n');
            }
            for (Pod pod : node.pods()) {
                text.append("        pod ").append(pod.name()).append(' ').append(pod.address()).append('\n');
            }
            text.append("    }\n");
        }
        return text.append("}\n").toString();
    }
}
