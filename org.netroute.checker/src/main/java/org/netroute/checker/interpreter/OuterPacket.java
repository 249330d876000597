package org.netroute.checker.interpreter;

import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Encryption;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.topology.Rule;

/**
 * What the wire carries when a node wraps a pod packet for another node's PodCIDR (SEMANTICS.md,
 * steps 2 and 4 and "Transparent encryption"): a tunnel packet, an encrypted one, or an encrypted
 * tunnel packet, with its destination, its protocol and port as firewalls see them, and its size.
 */
final class OuterPacket {

    /** Below every pod MTU a valid cluster has (MTUs are at least 68, overheads at most 130). */
    static final int NOTHING_FITS = -(1 << 20);

    private final boolean tunnel;
    private final Encryption encryption;
    private final int tunnelPort;

    OuterPacket(Cilium cilium) {
        this.tunnel = cilium.tunnel();
        this.encryption = cilium.encryption();
        this.tunnelPort = cilium.tunnelPort();
    }

    /** Where the outer packet towards {@code node} is addressed: IPsec without a tunnel sends ESP to its CiliumInternalIP. */
    Ipv4Address destination(Node node) {
        return tunnel ? node.address() : encryptedDestination(node);
    }

    /** Where the encrypted packet towards {@code node} goes: ESP to its CiliumInternalIP, WireGuard to its address. */
    Ipv4Address encryptedDestination(Node node) {
        return encryption == Encryption.IPSEC ? node.ciliumInternalIp() : node.address();
    }

    /** The UDP port of the encrypted packet as its hops show it: WireGuard's, or 0 (ESP has none). */
    int encryptedPort() {
        return encryption == Encryption.WIREGUARD ? Encryption.WIREGUARD_PORT : 0;
    }

    /** The outermost protocol: ESP for IPsec without a tunnel, else UDP. */
    Protocol protocol() {
        return !tunnel && encryption == Encryption.IPSEC ? Protocol.ESP : Protocol.UDP;
    }

    /** The outermost destination port: WireGuard's, the tunnel's, or none for ESP. */
    int port() {
        if (encryption == Encryption.WIREGUARD) {
            return Encryption.WIREGUARD_PORT;
        }
        return tunnel ? tunnelPort : Rule.NO_PORT;
    }

    /** Whether the tunnel header is added before encryption (WireGuard) rather than after it (IPsec). */
    boolean encapsulatesFirst() {
        return encryption != Encryption.IPSEC;
    }

    /** The size after the first wrapping of an {@code inner}-byte pod packet. */
    int firstLayerBytes(int inner) {
        if (!tunnel) {
            return encryption.wireBytes(inner);
        }
        return encapsulatesFirst() ? inner + Cilium.TUNNEL_OVERHEAD : encryption.wireBytes(inner);
    }

    /** The size on the wire of the outer packet carrying an {@code inner}-byte pod packet. */
    int bytes(int inner) {
        if (!tunnel) {
            return encryption.wireBytes(inner);
        }
        return encapsulatesFirst() ? encryption.wireBytes(inner + Cilium.TUNNEL_OVERHEAD)
                : encryption.wireBytes(inner) + Cilium.TUNNEL_OVERHEAD;
    }

    /**
     * The largest pod packet whose outer packet fits {@code mtu} ({@link #bytes} never decreases as
     * the pod packet grows), searched down to {@link #NOTHING_FITS}: a pod MTU can be negative when
     * a small base MTU loses the tunnel's and the encryption's overheads.
     */
    int largestInner(int mtu) {
        int low = NOTHING_FITS;
        int high = mtu;
        while (low < high) {
            int middle = low + (high - low + 1) / 2;
            if (bytes(middle) <= mtu) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    boolean tunnel() {
        return tunnel;
    }

    Encryption encryption() {
        return encryption;
    }

    int tunnelPort() {
        return tunnelPort;
    }
}
