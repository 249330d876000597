package org.netroute.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Injector;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.cilium.ClusterObjects;
import org.netroute.importer.cilium.PodAddress;
import org.netroute.importer.model.CiliumSettings;
import org.netroute.importer.model.ImportedCluster;
import org.netroute.importer.model.Language;
import org.netroute.importer.model.NetRouteWriter;
import org.netroute.importer.model.Network;
import org.netroute.importer.model.NodeFacts;
import org.netroute.importer.model.OutputCheck;
import org.netroute.importer.model.PeerSelection;
import org.netroute.importer.model.PodPlacement;
import org.netroute.importer.model.Underlay;
import org.netroute.importer.model.UnderlayFile;
import org.netroute.importer.model.UnderlayInference;
import org.netroute.importer.model.UnderlayMatching;
import org.netroute.importer.model.WrittenFile;
import org.netroute.importer.source.ObjectSource;
import org.netroute.importer.source.Origin;

/**
 * The one import pipeline every front end calls (the CLI's {@code import}, Eclipse's import
 * wizard, tests): read the objects of every source, decide the cluster (Cilium's options, nodes,
 * pods, BGP peers, the underlay given or inferred), write it, and validate the text with the
 * language before handing it out. Setting the language up is expensive: reuse an importer.
 */
public final class Importer {

    /** The file name the written text is validated as, and the header's name for the command. */
    private static final String FILE_NAME = "imported.netroute";

    private final Language language;

    /** An importer on the standalone language, as the command line runs it. */
    public Importer() {
        this(Language.standalone());
    }

    /** An importer on the language's injector of the caller (Eclipse's editor has one). */
    public Importer(Injector injector) {
        this(new Language(injector));
    }

    private Importer(Language language) {
        this.language = language;
    }

    public ImportResult run(ImportRequest request) {
        Findings findings = new Findings();
        ClusterObjects objects = new ClusterObjects(findings);
        for (ObjectSource source : request.sources()) {
            source.read(objects);
        }
        Optional<Underlay> underlay = request.underlay()
                .flatMap(file -> new UnderlayFile(language).read(file, request.clusterName(), findings));
        if (request.underlay().isPresent() && underlay.isEmpty()) {
            return failed(objects, findings, "");
        }
        CiliumSettings cilium = CiliumSettings.decide(objects.ciliumConfig(),
                underlay.map(Underlay::cilium).orElse(Map.of()), findings);
        List<NodeFacts> nodes = NodeFacts.merge(objects, cilium.ipamModelled(), findings);
        if (nodes.isEmpty() && !findings.hasErrors()) {
            findings.warning("", Origin.NONE, "no node was imported: the sources hold no"
                    + " Node or CiliumNode with an IPv4 InternalIP and PodCIDR");
        }
        List<PodAddress> addresses = objects.podAddresses();
        Map<String, List<ImportedCluster.Pod>> pods = PodPlacement.place(nodes, addresses, findings);
        List<PeerSelection> peers = PeerSelection.of(objects.bgp().peerings(findings), nodes, findings);
        Network network = underlay.isPresent() ? UnderlayMatching.place(underlay.get(), nodes, peers, findings)
                : new UnderlayInference(request.segmentPrefix()).infer(nodes, peers, findings);
        String name = request.clusterName().or(() -> underlay.map(Underlay::clusterName)).or(cilium::clusterName)
                .orElse("default");
        if (findings.hasErrors()) {
            return failed(objects, findings, name);
        }
        List<ImportedCluster.Node> written = new ArrayList<>();
        int podCount = 0;
        boolean ipsec = cilium.option("enable-ipsec").filter(option -> option.value().equals("true")).isPresent();
        for (NodeFacts node : nodes) {
            List<ImportedCluster.Pod> ofNode = pods.getOrDefault(node.name(), List.of());
            podCount += ofNode.size();
            written.add(new ImportedCluster.Node(node.name(), node.address(), network.segmentOfNode().get(node.name()),
                    node.podCidr(), ipsec ? ciliumInternalIp(node, ofNode, findings) : Optional.empty(), ofNode,
                    new ImportedCluster.Source(node.addressObject().ref(), node.addressOrigin())));
        }
        ImportedCluster cluster = new ImportedCluster(name, cilium.options(), network.segments(), network.routers(),
                network.firewalls(), network.peers(), written);
        WrittenFile file = new NetRouteWriter(language.names()).write(cluster, header(request));
        if (!findings.hasErrors()) {
            new OutputCheck(language).check(file, FILE_NAME, findings);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(written.size() == 1 ? "node" : "nodes", written.size());
        counts.put(podCount == 1 ? "pod" : "pods", podCount);
        counts.put((network.segments().size() == 1 ? "segment" : "segments")
                + (underlay.isPresent() ? "" : " (inferred)"), network.segments().size());
        counts.put((network.routers().size() == 1 ? "router" : "routers") + (underlay.isPresent() ? "" : " (inferred)"),
                network.routers().size());
        counts.put(network.peers().size() == 1 ? "BGP peer" : "BGP peers", network.peers().size());
        ImportSummary summary = summary(objects, findings, name, counts);
        return new ImportResult(findings.hasErrors() ? Optional.empty() : Optional.of(file.text()), summary);
    }

    /** The node's CiliumInternalIP, unless a pod placed on the node has that address (a stale object). */
    private static Optional<String> ciliumInternalIp(NodeFacts node, List<ImportedCluster.Pod> pods, Findings findings) {
        Optional<String> ip = node.ciliumInternalIp();
        Optional<ImportedCluster.Pod> clash = ip.flatMap(text -> pods.stream()
                .filter(pod -> Ipv4Text.addressValue(pod.address()) == Ipv4Text.addressValue(text)).findFirst());
        if (clash.isPresent()) {
            findings.warning(node.addressObject().ref(), node.addressOrigin(), "CiliumInternalIP " + ip.get() + " of node "
                    + node.name() + " is also pod " + clash.get().namespace() + "/" + clash.get().name()
                    + "'s address: left out, IPsec's ESP goes to NetRoute's stand-in");
            return Optional.empty();
        }
        return ip;
    }

    private static List<String> header(ImportRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add("Imported by netroute import from " + String.join(", ", request.sources().stream()
                .map(ObjectSource::description).toList()) + request.underlay().map(file -> " with the underlay " + file)
                        .orElse("") + ".");
        lines.add("Lines marked \"inferred\" are assumptions about what the objects do not say: check them"
                + (request.underlay().isPresent() ? "." : ", or give --underlay."));
        return lines;
    }

    private static ImportResult failed(ClusterObjects objects, Findings findings, String name) {
        return new ImportResult(Optional.empty(), summary(objects, findings, name, Map.of()));
    }

    private static ImportSummary summary(ClusterObjects objects, Findings findings, String name,
            Map<String, Integer> written) {
        return new ImportSummary(objects.readKinds(), objects.ignoredKinds(), objects.withoutKind(),
                objects.hostNetworkPods(), objects.endedPods(), name, written, findings.list());
    }
}
