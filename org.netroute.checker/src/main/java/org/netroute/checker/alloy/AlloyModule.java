package org.netroute.checker.alloy;

import org.netroute.checker.topology.Topology;

/**
 * The complete Alloy module of one cluster: netroute.als followed by the cluster's instance
 * and its check commands. This text is what NetRoute checks and what {@code export-alloy}
 * writes, so a user opening it in the Alloy Analyzer sees exactly the same question.
 */
public record AlloyModule(String text, AlloyInstance instance) {

    /** The module of one cluster. */
    public static AlloyModule of(Topology topology) {
        AlloyInstance instance = new InstanceWriter().write(topology);
        return new AlloyModule(AlloySemantics.semantics() + "\n" + instance.text(), instance);
    }
}
