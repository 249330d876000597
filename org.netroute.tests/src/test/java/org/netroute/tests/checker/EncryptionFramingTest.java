package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netroute.checker.topology.Encryption;

/** The bytes each scheme puts on the wire around a plaintext (SEMANTICS.md, "Transparent encryption"). */
class EncryptionFramingTest {

    /** 60 bytes of IPv4, UDP, WireGuard header and tag, the plaintext padded to a multiple of 16. */
    @ParameterizedTest(name = "WireGuard: {0}-byte plaintext -> {1} bytes")
    @CsvSource({
        "64, 124",
        "65, 140",
        "1420, 1484",
        "1424, 1484",
        "1425, 1500",
        "8920, 8988",
        "8928, 8988",
    })
    void wireGuardAddsSixtyBytesAndPadsToSixteen(int plaintext, int wire) {
        assertEquals(wire, Encryption.WIREGUARD.wireBytes(plaintext));
    }

    /** 52 bytes of IPv4, SPI, sequence, IV and ICV, the plaintext and its 2-byte trailer padded to 4. */
    @ParameterizedTest(name = "ESP: {0}-byte plaintext -> {1} bytes")
    @CsvSource({
        "64, 120",
        "66, 120",
        "67, 124",
        "1423, 1480",
        "1373, 1428",
        "8923, 8980",
    })
    void espFramesWithGcmAndPadsToFour(int plaintext, int wire) {
        assertEquals(wire, Encryption.IPSEC.wireBytes(plaintext));
    }

    @ParameterizedTest(name = "none: {0} bytes stay {0}")
    @CsvSource({"64", "1500"})
    void noEncryptionAddsNothing(int plaintext) {
        assertEquals(plaintext, Encryption.NONE.wireBytes(plaintext));
    }
}
