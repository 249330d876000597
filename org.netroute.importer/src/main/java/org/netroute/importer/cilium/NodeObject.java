package org.netroute.importer.cilium;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.netroute.importer.source.KubeObject;
import org.netroute.importer.source.KubeValue;
import org.netroute.importer.source.ObjectRef;

/**
 * What one Node or CiliumNode says about a node: its InternalIPs and PodCIDRs of each family, with
 * their lines, and its labels (BGP policies select nodes by them).
 */
public record NodeObject(ObjectRef object, String name, List<Value> internalIps, List<Value> podCidrs, Map<String, String> labels) {

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
        return new NodeObject(ObjectRef.of(object), object.name(), internalIps(body.items("status", "addresses"), "address"), podCidrs,
                body.strings("metadata", "labels"));
    }

    /** A CiliumNode: {@code spec.addresses} of type InternalIP and {@code spec.ipam.podCIDRs}. */
    public static NodeObject ofCiliumNode(KubeObject object) {
        KubeValue body = object.body();
        return new NodeObject(ObjectRef.of(object), object.name(), internalIps(body.items("spec", "addresses"), "ip"),
                values(body.items("spec", "ipam", "podCIDRs")), body.strings("metadata", "labels"));
    }

    public List<Value> internalIpv4() {
        return internalIps.stream().filter(value -> !value.isIpv6()).toList();
    }

    public List<Value> podCidrsIpv4() {
        return podCidrs.stream().filter(value -> !value.isIpv6()).toList();
    }

    private static List<Value> internalIps(List<KubeValue> addresses, String key) {
        List<Value> internal = new ArrayList<>();
        for (KubeValue address : addresses) {
            if (address.text("type").filter("InternalIP"::equals).isPresent()) {
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
