package org.netroute.checker.compress;

import org.netroute.checker.topology.Prefix;

/**
 * Well-spread hash keys for addresses and prefixes. Address plans are regular (10.r.n.0/24,
 * pods at .10+p), and the record hash of a {@link Prefix} or an {@link Integer} then collides in
 * hash tables; a bijective mix of the bits keeps lookups constant-time on 100,000s of entries.
 */
final class HashKeys {

    private HashKeys() {
    }

    static Long of(Prefix prefix) {
        return mix(Integer.toUnsignedLong(prefix.network()) << 6 | prefix.length());
    }

    static Long ofAddress(int address) {
        return mix(Integer.toUnsignedLong(address) << 6 | 32);
    }

    /** SplitMix64's finalizer: a bijection of 64-bit values, so distinct prefixes keep distinct keys. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
