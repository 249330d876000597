package org.netroute.checker.topology;

import java.util.List;

/** A router: interfaces on segments and static or null routes, in file order. */
public record Router(String name, List<Interface> interfaces, List<Route> routes, SourceLocation location) {

    public Router {
        interfaces = List.copyOf(interfaces);
        routes = List.copyOf(routes);
    }
}
