package org.netroute.checker.interpreter;

/**
 * What the network knows about one destination address, looked up once so that forwarding
 * decisions about it need no further searches.
 *
 * @param address      the address bits
 * @param owner        the device whose node address or interface address it is, or -1
 * @param ownerSegment the segment that owner holds it on, or -1
 * @param podNode      the node whose PodCIDR contains it, or -1
 * @param pod          the pod with this address, or -1
 */
record Destination(int address, int owner, int ownerSegment, int podNode, int pod) {
}
