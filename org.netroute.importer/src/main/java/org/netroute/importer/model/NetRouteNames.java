package org.netroute.importer.model;

import com.google.inject.Injector;

import org.netroute.dsl.conversion.NameSyntax;

/**
 * Kubernetes names as a .netroute file must write them. Node names are DNS subdomains
 * ({@code ip-10-0-1-5.ec2.internal}) and pod names repeat across namespaces, so pods are written
 * qualified ({@code default/web-1}); the language's own name syntax decides what may stand bare and
 * what must be quoted, so import never mangles a name.
 */
public final class NetRouteNames {

    private final NameSyntax syntax;

    NetRouteNames(Injector injector) {
        this.syntax = injector.getInstance(NameSyntax.class);
    }

    /** A name of a node, segment, router, interface, firewall or cluster, as it must be written. */
    public String name(String plain) {
        return syntax.name(plain);
    }

    /** A pod's name qualified by its namespace. */
    public String podName(String namespace, String name) {
        return namespace.isEmpty() ? syntax.name(name) : syntax.podName(namespace, name);
    }
}
