package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;
import org.netroute.importer.source.ObjectRef;

/**
 * What one Node or CiliumNode says about a node: its InternalIPs and PodCIDRs of each family, with
 * their lines, its labels (BGP policies select nodes by them) and, for a CiliumNode, its
 * CiliumInternalIPs (cilium_host's addresses, IPsec's ESP endpoints).
 */
public record NodeObject(ObjectRef object, String name, List<Value> internalIps, List<Value> podCidrs, Map<String, String> labels,
        List<Value> ciliumInternalIps) {

    /** A text value and the line it was read from. */
    public record Value(String text, int line) {

        public boolean isIpv6() {
            return Addresses.isIpv6(text);
        }
    }

    public NodeObject {
        internalIps = List.copyOf(internalIps);
        podCidrs = List.copyOf(podCidrs);
        labels = Map.copyOf(labels);
        ciliumInternalIps = List.copyOf(ciliumInternalIps);
    }

    public static boolean isNode(KubeObject object) {
        return object.kind().equals("Node") && object.group().isEmpty();
    }

    public static boolean isCiliumNode(KubeObject object) {
        return object.kind().equals("CiliumNode") && object.group().equals("cilium.io");
    }

    /** A Node: {@code status.addresses} of type InternalIP, {@code spec.podCIDRs} (or the older {@code spec.podCIDR}). */
    public static NodeObject ofNode(KubeObject object) {
        KubeValue body = object.body();
        List<Value> podCidrs = values(body.items("spec", "podCIDRs"));
        if (podCidrs.isEmpty()) {
            body.text("spec", "podCIDR").ifPresent(text -> podCidrs.add(new Value(text.trim(), body.lineOf("spec", "podCIDR"))));
        }
        return new NodeObject(ObjectRef.of(object), object.name(), addresses(body.items("status", "addresses"), "address",
                "InternalIP"), podCidrs, body.strings("metadata", "labels"), List.of());
    }

    /** A CiliumNode: {@code spec.addresses} of type InternalIP and CiliumInternalIP, and {@code spec.ipam.podCIDRs}. */
    public static NodeObject ofCiliumNode(KubeObject object) {
        KubeValue body = object.body();
        List<KubeValue> addresses = body.items("spec", "addresses");
        return new NodeObject(ObjectRef.of(object), object.name(), addresses(addresses, "ip", "InternalIP"),
                values(body.items("spec", "ipam", "podCIDRs")), body.strings("metadata", "labels"),
                addresses(addresses, "ip", "CiliumInternalIP"));
    }

    public List<Value> ciliumInternalIpv4() {
        return ciliumInternalIps.stream().filter(value -> !value.isIpv6()).toList();
    }

    public List<Value> internalIpv4() {
        return internalIps.stream().filter(value -> !value.isIpv6()).toList();
    }

    public List<Value> podCidrsIpv4() {
        return podCidrs.stream().filter(value -> !value.isIpv6()).toList();
    }

    private static List<Value> addresses(List<KubeValue> addresses, String key, String type) {
        List<Value> internal = new ArrayList<>();
        for (KubeValue address : addresses) {
            if (address.text("type").filter(type::equals).isPresent()) {
                address.text(key).ifPresent(text -> internal.add(new Value(text.trim(), address.lineOf(key))));
            }
        }
        return internal;
    }

    private static List<Value> values(List<KubeValue> items) {
        List<Value> values = new ArrayList<>();
        for (KubeValue item : items) {
            if (item instanceof KubeValue.Scalar scalar && scalar.text() != null) {
                values.add(new Value(scalar.text().trim(), scalar.line()));
            }
        }
        return values;
    }
}
