package org.netroute.importer.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.importer.Findings;
import org.netroute.importer.cilium.ClusterObjects;
import org.netroute.importer.cilium.NodeObject;
import org.netroute.importer.source.ObjectRef;
import org.netroute.importer.source.Origin;

/**
 * One node as import writes it, merged from its Node and CiliumNode: the IPv4 InternalIP (the
 * Node's, else the CiliumNode's) and the IPv4 PodCIDR (the CiliumNode's when it has one, as
 * Cilium's cluster-pool IPAM allocates them there, else the Node's), the labels BGP policies
 * select by, and the CiliumNode's IPv4 CiliumInternalIP when it lies in that PodCIDR.
 */
public record NodeFacts(String name, String address, String podCidr, Map<String, String> labels, ObjectRef addressObject,
        Origin addressOrigin, ObjectRef podCidrObject, Origin podCidrOrigin, Optional<String> ciliumInternalIp) {

    public NodeFacts {
        labels = Map.copyOf(labels);
    }

    public long addressValue() {
        return Ipv4Text.addressValue(address);
    }

    public long podCidrValue() {
        return Ipv4Text.cidrValue(podCidr);
    }

    /**
     * Every node named by a Node or CiliumNode, in name order; those without IPv4 facts are left
     * out with a warning (IPv6 only, cloud IPAM) or an error (nothing to import).
     */
    public static List<NodeFacts> merge(ClusterObjects objects, boolean ipamModelled, Findings findings) {
        List<NodeFacts> merged = new ArrayList<>();
        List<NodeObject> dualStack = new ArrayList<>();
        for (String name : new TreeSet<>(union(objects.nodes(), objects.ciliumNodes()))) {
            Optional<NodeObject> node = Optional.ofNullable(objects.nodes().get(name));
            Optional<NodeObject> ciliumNode = Optional.ofNullable(objects.ciliumNodes().get(name));
            Optional<Chosen> address = address(node, ciliumNode, findings);
            Optional<Chosen> podCidr = podCidr(node, ciliumNode, ipamModelled, findings);
            if (address.isEmpty() || podCidr.isEmpty()) {
                continue;
            }
            node.or(() -> ciliumNode).filter(NodeFacts::hasIpv6).ifPresent(dualStack::add);
            Map<String, String> labels = new HashMap<>();
            ciliumNode.ifPresent(object -> labels.putAll(object.labels()));
            node.ifPresent(object -> labels.putAll(object.labels()));
            merged.add(new NodeFacts(name, address.get().text(), podCidr.get().text(), labels, address.get().object(),
                    address.get().origin(), podCidr.get().object(), podCidr.get().origin(),
                    ciliumInternalIp(ciliumNode, podCidr.get().text(), findings)));
        }
        if (!dualStack.isEmpty()) {
            NodeObject first = dualStack.get(0);
            findings.warning(first.object().ref(), first.object().origin(), (dualStack.size() == 1 ? "this node has"
                    : dualStack.size() + " nodes, like this one, have") + " IPv6 InternalIPs or PodCIDRs as well:"
                    + " NetRoute models IPv4, the IPv6 half is left out");
        }
        return merged;
    }

    private static boolean hasIpv6(NodeObject object) {
        return object.internalIps().stream().anyMatch(NodeObject.Value::isIpv6)
                || object.podCidrs().stream().anyMatch(NodeObject.Value::isIpv6);
    }

    /** A value chosen from one of the two objects, and where it was read. */
    private record Chosen(String text, ObjectRef object, Origin origin) {
    }

    private static Optional<Chosen> address(Optional<NodeObject> node, Optional<NodeObject> ciliumNode, Findings findings) {
        for (Optional<NodeObject> candidate : List.of(node, ciliumNode)) {
            if (candidate.isPresent() && !candidate.get().internalIpv4().isEmpty()) {
                NodeObject object = candidate.get();
                List<NodeObject.Value> ips = object.internalIpv4();
                NodeObject.Value ip = ips.get(0);
                if (ips.size() > 1) {
                    findings.warning(object.object().ref(), object.object().at(ips.get(1).line()), "has "
                            + ips.size() + " IPv4 InternalIPs: the first, " + ip.text() + ", is the node's address");
                }
                Optional<String> problem = Ipv4Text.addressProblem(ip.text());
                if (problem.isPresent()) {
                    findings.error(object.object().ref(), object.object().at(ip.line()), "InternalIP: " + problem.get());
                    return Optional.empty();
                }
                return Optional.of(new Chosen(ip.text(), object.object(), object.object().at(ip.line())));
            }
        }
        NodeObject object = node.orElseGet(ciliumNode::get);
        boolean ipv6 = node.map(n -> !n.internalIps().isEmpty()).orElse(false)
                || ciliumNode.map(n -> !n.internalIps().isEmpty()).orElse(false);
        if (ipv6) {
            findings.warning(object.object().ref(), object.object().origin(), "has only IPv6 InternalIPs: IPv6 is not"
                    + " modelled, the node is left out");
        } else {
            findings.error(object.object().ref(), object.object().origin(), "has no InternalIP (Node status.addresses,"
                    + " CiliumNode spec.addresses): NetRoute needs the node's address");
        }
        return Optional.empty();
    }

    /**
     * The CiliumNode's IPv4 CiliumInternalIP; one outside the PodCIDR (Cilium's local-router-ipv4)
     * is left out with a warning, as NetRoute models the address IPAM allocates from the PodCIDR.
     */
    private static Optional<String> ciliumInternalIp(Optional<NodeObject> ciliumNode, String podCidr, Findings findings) {
        if (ciliumNode.isEmpty() || ciliumNode.get().ciliumInternalIpv4().isEmpty()) {
            return Optional.empty();
        }
        NodeObject object = ciliumNode.get();
        NodeObject.Value ip = object.ciliumInternalIpv4().get(0);
        Optional<String> problem = Ipv4Text.addressProblem(ip.text());
        if (problem.isPresent()) {
            findings.warning(object.object().ref(), object.object().at(ip.line()), "CiliumInternalIP: " + problem.get()
                    + "; left out");
            return Optional.empty();
        }
        if (!Ipv4Text.contains(Ipv4Text.cidrValue(podCidr), Ipv4Text.addressValue(ip.text()))) {
            findings.warning(object.object().ref(), object.object().at(ip.line()), "CiliumInternalIP " + ip.text()
                    + " lies outside PodCIDR " + podCidr + " (local-router-ipv4?): NetRoute models cilium_host's address"
                    + " inside the PodCIDR, so it is left out and IPsec's ESP goes to NetRoute's stand-in");
            return Optional.empty();
        }
        return Optional.of(ip.text());
    }

    private static Optional<Chosen> podCidr(Optional<NodeObject> node, Optional<NodeObject> ciliumNode, boolean ipamModelled,
            Findings findings) {
        Optional<NodeObject> fromCilium = ciliumNode.filter(object -> !object.podCidrsIpv4().isEmpty());
        Optional<NodeObject> source = fromCilium.isPresent() ? fromCilium
                : node.filter(object -> !object.podCidrsIpv4().isEmpty());
        if (source.isEmpty()) {
            NodeObject object = node.orElseGet(ciliumNode::get);
            boolean ipv6 = node.map(n -> !n.podCidrs().isEmpty()).orElse(false)
                    || ciliumNode.map(n -> !n.podCidrs().isEmpty()).orElse(false);
            if (ipv6) {
                findings.warning(object.object().ref(), object.object().origin(), "has only IPv6 PodCIDRs: IPv6 is not"
                        + " modelled, the node is left out");
            } else if (!ipamModelled) {
                findings.warning(object.object().ref(), object.object().origin(), "has no PodCIDR (its pods take"
                        + " addresses from the cloud network): left out");
            } else {
                findings.error(object.object().ref(), object.object().origin(), "has no IPv4 PodCIDR (Node"
                        + " spec.podCIDRs, CiliumNode spec.ipam.podCIDRs): NetRoute needs the range its pods take"
                        + " addresses from");
            }
            return Optional.empty();
        }
        NodeObject object = source.get();
        List<NodeObject.Value> cidrs = object.podCidrsIpv4();
        NodeObject.Value cidr = cidrs.get(0);
        if (cidrs.size() > 1) {
            findings.warning(object.object().ref(), object.object().at(cidrs.get(1).line()), "has " + cidrs.size()
                    + " IPv4 PodCIDRs and NetRoute models one: " + cidr.text()
                    + " is used, pods in the others are left out");
        }
        if (fromCilium.isPresent()) {
            node.flatMap(n -> n.podCidrsIpv4().stream().findFirst()).filter(other -> !other.text().equals(cidr.text()))
                    .ifPresent(other -> findings.warning(object.object().ref(), object.object().at(cidr.line()),
                            "PodCIDR " + cidr.text() + " differs from the Node's " + other.text()
                                    + ": the CiliumNode's is used, as Cilium's cluster-pool IPAM allocates there"));
        }
        Optional<String> problem = Ipv4Text.cidrProblem(cidr.text());
        if (problem.isPresent()) {
            findings.error(object.object().ref(), object.object().at(cidr.line()), "PodCIDR: " + problem.get());
            return Optional.empty();
        }
        return Optional.of(new Chosen(cidr.text(), object.object(), object.object().at(cidr.line())));
    }

    private static Set<String> union(Map<String, NodeObject> a, Map<String, NodeObject> b) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
