package org.netroute.importer.model;

import java.util.Set;
import java.util.regex.Pattern;

import com.google.inject.Injector;

/**
 * Kubernetes names as a .netroute file must write them. Node names are DNS subdomains
 * ({@code ip-10-0-1-5.ec2.internal}) and pod names repeat across namespaces, so pods are written
 * qualified ({@code default/web-1}); the language's own name syntax decides what may stand bare and
 * what must be quoted, so import never mangles a name.
 */
public final class NetRouteNames {

    // Until the language's NameSyntax is merged: names of the ID terminal stand bare, others cannot be written.
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z_0-9-]*");
    private static final Set<String> KEYWORDS = Set.of("cluster", "cilium", "routing-mode", "tunnel-protocol",
            "tunnel-port", "mtu", "ipv4-native-routing-cidr", "auto-direct-node-routes", "direct-routing-skip-unreachable",
            "tunnel", "native", "segment", "cidr", "gateway", "node", "address", "on", "pod-cidr", "pod", "router",
            "interface", "route", "via", "drop", "firewall", "at", "allow", "deny", "any", "tcp", "udp", "icmp", "port",
            "bgp", "peer", "true", "false");

    NetRouteNames(Injector injector) {
    }

    /** A name of a node, segment, router, firewall or cluster, as it must be written. */
    public String name(String plain) {
        if (!ID.matcher(plain).matches() || KEYWORDS.contains(plain)) {
            throw new IllegalArgumentException("the name '" + plain + "' cannot be written in a .netroute file");
        }
        return plain;
    }

    /** A pod's name qualified by its namespace. */
    public String podName(String namespace, String name) {
        return name(name);
    }
}
