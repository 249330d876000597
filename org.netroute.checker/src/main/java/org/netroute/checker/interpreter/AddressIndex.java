package org.netroute.checker.interpreter;

import java.util.Arrays;

/**
 * Address -> small int (a device or pod index), by open addressing on primitive ints: the sweep
 * asks it millions of times, so it must not box.
 */
final class AddressIndex {

    private static final int EMPTY = -1;

    private final int[] keys;
    private final int[] values;
    private final int mask;

    AddressIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }

    /** Records {@code value} for {@code address} unless the address already has one. */
    void putIfAbsent(int address, int value) {
        int slot = slot(address);
        while (values[slot] != EMPTY) {
            if (keys[slot] == address) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = address;
        values[slot] = value;
    }

    /** The value recorded for {@code address}, or -1. */
    int get(int address) {
        int slot = slot(address);
        while (values[slot] != EMPTY) {
            if (keys[slot] == address) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return EMPTY;
    }

    private int slot(int address) {
        int h = address * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
