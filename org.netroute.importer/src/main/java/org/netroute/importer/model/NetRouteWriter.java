package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Writes an imported cluster as .netroute text in the formatter's canonical layout (four spaces per
 * level, one declaration or option per line, one space before a trailing comment), so formatting the
 * file changes nothing; names go through the language's name syntax. Records which object or
 * underlay line each line came from.
 */
public final class NetRouteWriter {

    private static final String INDENT = "    ";

    private final NetRouteNames names;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private final List<ImportedCluster.Source> lineSources = new ArrayList<>();

    public NetRouteWriter(NetRouteNames names) {
        this.names = names;
    }

    /** @param header comment lines written above the cluster (without {@code //}) */
    public WrittenFile write(ImportedCluster cluster, List<String> header) {
        for (String line : header) {
            line(0, "//" + (line.isEmpty() ? "" : " " + oneLine(line)), ImportedCluster.Source.NONE);
        }
        line(0, "cluster " + name(cluster.name()) + " {", ImportedCluster.Source.NONE);
        if (!cluster.cilium().isEmpty()) {
            line(1, "cilium {", ImportedCluster.Source.NONE);
            for (CiliumSettings.Option option : cluster.cilium()) {
                line(2, option.key() + ": " + option.value() + comment(option.comment()), option.source());
            }
            line(1, "}", ImportedCluster.Source.NONE);
        }
        for (ImportedCluster.Segment segment : cluster.segments()) {
            Optional<ImportedCluster.Inference> why = segment.inferred();
            line(1, "segment " + name(segment.name()) + " {"
                    + comment(why.map(inference -> "inferred: " + inference.declaration())), segment.source());
            line(2, "cidr: " + segment.cidr() + comment(why.map(inference -> "inferred: " + inference.detail())),
                    segment.source());
            segment.mtu().ifPresent(mtu -> line(2, "mtu: " + mtu + comment(why.map(inference -> "inferred: "
                    + inference.mtu())), segment.source()));
            segment.gateway().ifPresent(gateway -> line(2, "gateway: " + gateway, segment.source()));
            line(1, "}", segment.source());
        }
        for (ImportedCluster.Router router : cluster.routers()) {
            Optional<ImportedCluster.Inference> why = router.inferred();
            line(1, "router " + name(router.name()) + " {"
                    + comment(why.map(inference -> "inferred: " + inference.declaration())), router.source());
            for (ImportedCluster.Interface iface : router.interfaces()) {
                line(2, "interface " + name(iface.name()) + " " + iface.address() + " on "
                        + name(iface.segment())
                        + comment(why.map(inference -> "inferred: " + inference.detail())), iface.source());
            }
            for (ImportedCluster.Route route : router.routes()) {
                line(2, "route " + route.destination() + route.nextHop().map(hop -> " via " + hop).orElse(" drop"),
                        route.source());
            }
            line(1, "}", router.source());
        }
        for (ImportedCluster.Firewall firewall : cluster.firewalls()) {
            line(1, "firewall " + name(firewall.name()) + " at "
                    + name(firewall.device()) + " {", firewall.source());
            for (ImportedCluster.Rule rule : firewall.rules()) {
                line(2, rule.action() + " " + rule.protocol() + rule.port().map(port -> " port " + port).orElse(""),
                        rule.source());
            }
            line(1, "}", firewall.source());
        }
        if (!cluster.peers().isEmpty()) {
            line(1, "bgp {", ImportedCluster.Source.NONE);
            for (ImportedCluster.Peer peer : cluster.peers()) {
                StringBuilder peerLine = new StringBuilder("peer ").append(name(peer.router()));
                for (int i = 0; i < peer.nodes().size(); i++) {
                    peerLine.append(i == 0 ? " for " : ", ").append(name(peer.nodes().get(i)));
                }
                line(2, peerLine + comment(peer.comment()), peer.source());
            }
            line(1, "}", ImportedCluster.Source.NONE);
        }
        for (ImportedCluster.Node node : cluster.nodes()) {
            line(1, "node " + name(node.name()) + " {", node.source());
            line(2, "address: " + node.address() + " on " + name(node.segment()), node.source());
            line(2, "pod-cidr: " + node.podCidr(), node.source());
            node.ciliumInternalIp().ifPresent(ip -> line(2, "cilium-internal-ip: " + ip, node.source()));
            for (ImportedCluster.Pod pod : node.pods()) {
                line(2, "pod " + podName(pod) + " " + pod.address(), pod.source());
            }
            line(1, "}", node.source());
        }
        line(0, "}", ImportedCluster.Source.NONE);
        return new WrittenFile(text.toString(), lineSources);
    }

    private void line(int depth, String content, ImportedCluster.Source source) {
        for (int i = 0; i < depth; i++) {
            text.append(INDENT);
        }
        text.append(content).append('\n');
        lineSources.add(source);
    }

    private String name(String plain) {
        return names.name(plain);
    }

    private String podName(ImportedCluster.Pod pod) {
        return names.podName(pod.namespace(), pod.name());
    }

    private static String comment(Optional<String> comment) {
        return comment.map(NetRouteWriter::comment).orElse("");
    }

    private static String comment(String comment) {
        return comment.isBlank() ? "" : " // " + oneLine(comment);
    }

    /** A comment stays on its line: line breaks become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
