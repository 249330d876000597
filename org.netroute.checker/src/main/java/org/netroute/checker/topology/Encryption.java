package org.netroute.checker.topology;

/**
 * Cilium's transparent encryption of pod traffic between nodes ({@code enable-wireguard},
 * {@code enable-ipsec}), with the bytes each scheme's framing puts on the wire around a plaintext
 * (SEMANTICS.md, "Transparent encryption"). Which layer wraps which is each engine's to state.
 */
public enum Encryption {
    /** No transparent encryption. */
    NONE("none"),
    /** WireGuard between node addresses, UDP {@link #WIREGUARD_PORT}. */
    WIREGUARD("WireGuard"),
    /** ESP between the nodes' CiliumInternalIPs, with the key Cilium's IPsec guide generates. */
    IPSEC("IPsec");

    /** The UDP port Cilium's {@code cilium_wg0} listens on. */
    public static final int WIREGUARD_PORT = 51871;

    /** Outer IPv4 20, UDP 8, WireGuard's data header 16, Poly1305 tag 16. */
    private static final int WIREGUARD_FRAME = 60;
    private static final int WIREGUARD_PADDING_MULTIPLE = 16;
    /** Outer IPv4 20, SPI 4, sequence number 4, GCM IV 8, ICV 16 (rfc4106(gcm(aes)), 128-bit ICV). */
    private static final int ESP_FRAME = 52;
    /** The pad-length and next-header bytes of ESP's trailer. */
    private static final int ESP_TRAILER = 2;
    private static final int ESP_ALIGNMENT = 4;

    private final String displayName;

    Encryption(String displayName) {
        this.displayName = displayName;
    }

    /** The scheme's name as Cilium's documentation writes it. */
    public String displayName() {
        return displayName;
    }

    /** Whether pod traffic between nodes is encrypted. */
    public boolean encrypts() {
        return this != NONE;
    }

    /**
     * The size on the wire of a {@code plaintext}-byte packet once this scheme has encrypted it:
     * WireGuard 60 + the plaintext padded to a multiple of 16; ESP 52 + the plaintext and its
     * 2-byte trailer padded to a multiple of 4. {@code NONE} adds nothing.
     */
    public int wireBytes(int plaintext) {
        return switch (this) {
            case NONE -> plaintext;
            case WIREGUARD -> WIREGUARD_FRAME + roundUp(plaintext, WIREGUARD_PADDING_MULTIPLE);
            case IPSEC -> ESP_FRAME + roundUp(plaintext + ESP_TRAILER, ESP_ALIGNMENT);
        };
    }

    private static int roundUp(int value, int multiple) {
        return Math.floorDiv(value + multiple - 1, multiple) * multiple;
    }

    /** The keyword of {@code enable-...} in a .netroute file, for NONE the empty string. */
    public String optionKey() {
        return switch (this) {
            case NONE -> "";
            case WIREGUARD -> "enable-wireguard";
            case IPSEC -> "enable-ipsec";
        };
    }
}
