package org.netroute.checker.alloy;

import org.netroute.checker.compress.CompressedNetwork;
import org.netroute.checker.topology.Topology;

/**
 * The complete Alloy module of one cluster: netroute.als followed by the cluster's instance
 * and its check commands. This text is what NetRoute checks and what {@code export-alloy}
 * writes, so a user opening it in the Alloy Analyzer sees exactly the same question.
 */
public record AlloyModule(String text, AlloyInstance instance) {

    /** The module of one cluster. */
    public static AlloyModule of(Topology topology) {
        return of(new InstanceWriter().write(topology));
    }

    /** The module of a compressed network: the regions that stand for no class of the original left out. */
    public static AlloyModule of(CompressedNetwork network) {
        return of(new InstanceWriter().write(network));
    }

    private static AlloyModule of(AlloyInstance instance) {
        return new AlloyModule(AlloySemantics.semantics() + "\n" + instance.text(), instance);
    }
}
