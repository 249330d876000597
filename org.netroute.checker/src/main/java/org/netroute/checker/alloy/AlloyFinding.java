package org.netroute.checker.alloy;

import java.util.List;
import java.util.Optional;

import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Property;

/**
 * A counterexample as Alloy states it, read back into the domain's words before any replay: the
 * packet (from a pod or a device, to an address, its size) and where and how Alloy's semantics
 * says its journey ends.
 *
 * @param fromPod the sending pod, when the property speaks of pod pairs
 * @param from    the pod, or the device the packet starts at (no-loop)
 * @param toPod   the pod owning the destination address, if any
 * @param path    the devices the packet passes, in order, as Alloy's hop relations lead it (a loop's
 *                device comes twice, a denying device comes last)
 */
public record AlloyFinding(Property property, String from, Optional<String> fromPod, Ipv4Address destination,
        Optional<String> toPod, int bytes, Disposition disposition, String at, List<String> path, Probe probe) {

    public AlloyFinding {
        path = List.copyOf(path);
    }

    /** A finding on the default probe (TCP to a port no rule names). */
    public AlloyFinding(Property property, String from, Optional<String> fromPod, Ipv4Address destination,
            Optional<String> toPod, int bytes, Disposition disposition, String at, List<String> path) {
        this(property, from, fromPod, destination, toPod, bytes, disposition, at, path, Probe.DEFAULT);
    }

    /** The same packet to another address (with the same forwarding), e.g. one of the original network. */
    public AlloyFinding to(Ipv4Address address) {
        return new AlloyFinding(property, from, fromPod, address, toPod, bytes, disposition, at, path, probe);
    }

    /** The destination in a report's words: the pod's name, else the address. */
    public String to() {
        return toPod.orElse(destination.toString());
    }

    @Override
    public String toString() {
        return property.id() + ": " + from + " -> " + to() + " (" + bytes + " bytes, " + probe.words() + ") ends " + disposition + " at " + at
                + " via " + String.join(" > ", path);
    }
}
