package org.netroute.importer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.netroute.dsl.netRoute.Bgp;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Firewall;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Peer;
import org.netroute.dsl.netRoute.Route;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Rule;
import org.netroute.dsl.netRoute.Segment;
import org.netroute.importer.Findings;
import org.netroute.importer.source.Origin;

/**
 * Reads the {@code --underlay} file with the language's parser. Only its syntax is checked here:
 * its firewalls may stand at nodes that exist only once the nodes are imported, so references and
 * the validator's rules are checked on the written file, whose problems point back to this file.
 */
public final class UnderlayFile {

    private final Language language;

    public UnderlayFile(Language language) {
        this.language = language;
    }

    /**
     * @param clusterName the cluster to take when the file holds several
     * @return the underlay, or empty after errors were added to {@code findings}
     */
    public Optional<Underlay> read(Path file, Optional<String> clusterName, Findings findings) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            findings.error("", new Origin(file.toString(), 0), "no such underlay file");
            return Optional.empty();
        } catch (IOException e) {
            findings.error("", new Origin(file.toString(), 0), "cannot read the underlay file: " + e.getMessage());
            return Optional.empty();
        }
        XtextResource resource = language.parse(text, file.getFileName().toString());
        if (!resource.getErrors().isEmpty()) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                findings.error("", new Origin(file.toString(), error.getLine()), error.getMessage());
            }
            return Optional.empty();
        }
        List<Cluster> clusters = resource.getContents().isEmpty() ? List.of()
                : ((Model) resource.getContents().get(0)).getClusters();
        List<Cluster> chosen = clusters.stream()
                .filter(cluster -> clusters.size() == 1 || clusterName.isEmpty() || clusterName.get().equals(cluster.getName()))
                .toList();
        if (chosen.size() != 1) {
            findings.error("", new Origin(file.toString(), 0), clusters.isEmpty() ? "the underlay file holds no cluster"
                    : "the underlay file holds " + clusters.size() + " clusters"
                            + clusterName.map(name -> " and none is named " + name).orElse(": choose one with --cluster"));
            return Optional.empty();
        }
        return Optional.of(read(file.toString(), chosen.get(0), findings));
    }

    private Underlay read(String file, Cluster cluster, Findings findings) {
        if (!cluster.getNodes().isEmpty()) {
            findings.warning("", origin(file, cluster.getNodes().get(0)), "the underlay's " + cluster.getNodes().size()
                    + " node declaration(s) are ignored: nodes come from the cluster objects");
        }
        List<ImportedCluster.Segment> segments = new ArrayList<>();
        for (Segment segment : cluster.getSegments()) {
            segments.add(new ImportedCluster.Segment(segment.getName(), segment.getCidr(), Optional.ofNullable(segment.getMtu()),
                    Optional.ofNullable(segment.getGateway()), Optional.empty(), source(file, segment)));
        }
        List<ImportedCluster.Router> routers = new ArrayList<>();
        for (Router router : cluster.getRouters()) {
            List<ImportedCluster.Interface> interfaces = new ArrayList<>();
            for (Interface iface : router.getInterfaces()) {
                interfaces.add(new ImportedCluster.Interface(iface.getName(), iface.getAddress(),
                        reference(iface, Literals.INTERFACE__SEGMENT), source(file, iface)));
            }
            List<ImportedCluster.Route> routes = new ArrayList<>();
            for (Route route : router.getRoutes()) {
                routes.add(new ImportedCluster.Route(route.getDestination(), Optional.ofNullable(route.getNextHop()),
                        source(file, route)));
            }
            routers.add(new ImportedCluster.Router(router.getName(), interfaces, routes, Optional.empty(),
                    source(file, router)));
        }
        List<ImportedCluster.Firewall> firewalls = new ArrayList<>();
        for (Firewall firewall : cluster.getFirewalls()) {
            List<ImportedCluster.Rule> rules = new ArrayList<>();
            for (Rule rule : firewall.getRules()) {
                rules.add(new ImportedCluster.Rule(rule.getAction().getLiteral(), rule.getProtocol().getLiteral(),
                        Optional.ofNullable(rule.getPort()), source(file, rule)));
            }
            firewalls.add(new ImportedCluster.Firewall(firewall.getName(), reference(firewall, Literals.FIREWALL__DEVICE),
                    rules, source(file, firewall)));
        }
        List<ImportedCluster.Peer> peers = new ArrayList<>();
        for (Bgp bgp : cluster.getBgp()) {
            for (Peer peer : bgp.getPeers()) {
                peers.add(new ImportedCluster.Peer(reference(peer, Literals.PEER__ROUTER),
                        references(peer, Literals.PEER__NODES), "from the underlay", source(file, peer)));
            }
        }
        Map<String, CiliumSettings.Option> cilium = new LinkedHashMap<>();
        for (Cilium block : cluster.getCilium()) {
            // an enum attribute is not "set" at its default value (tunnel): whether it is written is in the text
            boolean routingModeWritten = !NodeModelUtils.findNodesForFeature(block, Literals.CILIUM__ROUTING_MODE).isEmpty();
            option(cilium, file, block, "routing-mode", routingModeWritten ? block.getRoutingMode().getLiteral() : null,
                    Literals.CILIUM__ROUTING_MODE);
            option(cilium, file, block, "tunnel-protocol", block.getTunnelProtocol(), Literals.CILIUM__TUNNEL_PROTOCOL);
            option(cilium, file, block, "tunnel-port", block.getTunnelPort(), Literals.CILIUM__TUNNEL_PORT);
            option(cilium, file, block, "mtu", block.getMtu(), Literals.CILIUM__MTU);
            option(cilium, file, block, "ipv4-native-routing-cidr", block.getNativeRoutingCidr(),
                    Literals.CILIUM__NATIVE_ROUTING_CIDR);
            option(cilium, file, block, "auto-direct-node-routes", block.getAutoDirectNodeRoutes(),
                    Literals.CILIUM__AUTO_DIRECT_NODE_ROUTES);
            option(cilium, file, block, "direct-routing-skip-unreachable", block.getDirectRoutingSkipUnreachable(),
                    Literals.CILIUM__DIRECT_ROUTING_SKIP_UNREACHABLE);
        }
        return new Underlay(file, cluster.getName(), segments, routers, firewalls, peers, cilium);
    }

    private static void option(Map<String, CiliumSettings.Option> options, String file, Cilium block, String key,
            Object value, EStructuralFeature feature) {
        if (value == null) {
            return;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(block, feature);
        Origin origin = new Origin(file, nodes.isEmpty() ? line(block) : nodes.get(0).getStartLine());
        options.put(key, new CiliumSettings.Option(key, value.toString(), "from the underlay",
                new ImportedCluster.Source("", origin)));
    }

    /** The name a cross-reference is written with: the underlay's references may name imported nodes. */
    private String reference(EObject owner, EReference feature) {
        List<String> names = references(owner, feature);
        return names.isEmpty() ? "" : names.get(0);
    }

    /** The names of a many-valued cross-reference, in the order written. */
    private List<String> references(EObject owner, EReference feature) {
        List<String> names = new ArrayList<>();
        for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
            names.add(referenceName(node));
        }
        return names;
    }

    private String referenceName(INode node) {
        String text = NodeModelUtils.getTokenText(node);
        try {
            Object value = language.converters().toValue(text, "Name", node);
            return value == null ? text : value.toString();
        } catch (ValueConverterException e) {
            return text;
        }
    }

    private static ImportedCluster.Source source(String file, EObject declaration) {
        return new ImportedCluster.Source("", origin(file, declaration));
    }

    private static Origin origin(String file, EObject declaration) {
        return new Origin(file, line(declaration));
    }

    /** The line of the declaration's first token (its node also holds the comments before it). */
    private static int line(EObject declaration) {
        INode node = NodeModelUtils.getNode(declaration);
        if (node == null) {
            return 0;
        }
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf.getStartLine();
            }
        }
        return node.getStartLine();
    }
}
