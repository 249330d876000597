package org.netroute.checker.topology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CiliumInternalIP of a node that does not state it. Cilium's IPAM allocates it from the
 * PodCIDR like a pod address, so no fixed offset is Cilium's rule; NetRoute stands in the lowest
 * address above the network address that no pod of the node has (SEMANTICS.md).
 */
public final class CiliumInternalIp {

    private CiliumInternalIp() {
    }

    /**
     * The stand-in address; the network address itself for a /32 PodCIDR, and also when every
     * address is a pod's (validation rejects that cluster when IPsec needs the address).
     */
    public static Ipv4Address standIn(Prefix podCidr, List<Pod> pods) {
        Set<Integer> taken = new HashSet<>();
        pods.forEach(pod -> taken.add(pod.address().bits()));
        long first = Integer.toUnsignedLong(podCidr.network()) + (podCidr.length() == 32 ? 0 : 1);
        long last = Integer.toUnsignedLong(podCidr.lastBits());
        for (long candidate = first; candidate <= last; candidate++) {
            if (!taken.contains((int) candidate)) {
                return new Ipv4Address((int) candidate);
            }
        }
        return new Ipv4Address(podCidr.network());
    }
}
