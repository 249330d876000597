package org.netroute.checker.compress;

import org.netroute.checker.topology.Topology;

/**
 * The compressor's rule for policy, the simplest exact one: where policy can change what pods may
 * send (docs/SEMANTICS.md, "Policy"), pods of different identities are not interchangeable, and
 * no symmetry argument here accounts for identities yet, so such a cluster is proved as written.
 * A cluster whose policy cannot matter (no policy, or enable-policy: never) compresses as before.
 */
final class PolicyIdentities {

    private PolicyIdentities() {
    }

    /** Whether the cluster may be compressed as if it had no policy. */
    static boolean permitCompression(Topology topology) {
        return !topology.policies().matter();
    }
}
