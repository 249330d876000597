package org.netroute.checker.interpreter;

import org.netroute.checker.topology.Rule;
import org.netroute.checker.verify.Disposition;

/**
 * What one device does with a packet: either a final disposition, or the device and segment it
 * hands the packet to, with the encapsulation state the wire then carries.
 *
 * @param disposition    the end of the journey, or null when the packet is handed on
 * @param nextDevice     the device the packet is handed to (when handed on)
 * @param segment        the segment crossed (when handed on, or where MTU was exceeded), else -1
 * @param outerNode      the node the wire packet is encapsulated to after this device, -1 = not encapsulated
 * @param decapsulated   whether this device removed an outer header
 * @param encapsulatedTo the node this device encapsulated towards, or -1
 * @param route          the route used (forwarded or null-routed), or null
 * @param nextHop        the next-hop address (when a route was used)
 * @param rule           the firewall rule that denied the packet, or null
 * @param wireBytes      the packet's size on the wire when it leaves or stops here
 */
record Decision(Disposition disposition, int nextDevice, int segment, int outerNode, boolean decapsulated,
        int encapsulatedTo, RouteEntry route, int nextHop, Rule rule, int wireBytes) {

    boolean handedOn() {
        return disposition == null;
    }
}
