package org.netroute.checker.policy;

import java.util.List;

import org.netroute.checker.topology.Prefix;

/** The other side a rule names: endpoints by selector, an entity, or CIDRs (ipBlock, fromCIDR, toCIDR). */
public sealed interface Peer permits Peer.Endpoints, Peer.OfEntity, Peer.Cidr, Peer.Fqdn {

    /** fromEndpoints/toEndpoints, or a NetworkPolicy's podSelector and namespaceSelector. */
    record Endpoints(Selector selector) implements Peer {
    }

    /** fromEntities/toEntities. */
    record OfEntity(Entity entity) implements Peer {
    }

    /** An ipBlock (with its exceptions) or fromCIDR/toCIDR: addresses outside the cluster only. */
    record Cidr(Prefix cidr, List<Prefix> except) implements Peer {
        public Cidr {
            except = List.copyOf(except);
        }
    }

    /** toFQDNs: not modelled, names no endpoint. */
    record Fqdn() implements Peer {
    }
}
