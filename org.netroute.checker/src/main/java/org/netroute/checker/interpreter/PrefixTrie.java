package org.netroute.checker.interpreter;

import java.util.function.BinaryOperator;

import org.netroute.checker.topology.Prefix;

/**
 * A binary trie over prefixes for longest-prefix match in at most 32 steps, however many
 * routes a table holds.
 */
final class PrefixTrie<T> {

    private static final class Branch<T> {
        Branch<T> zero;
        Branch<T> one;
        T value;
        Prefix prefix;
    }

    private final Branch<T> root = new Branch<>();

    /** Stores {@code value} at {@code prefix}; {@code merge(old, new)} decides when one is already there. */
    void put(Prefix prefix, T value, BinaryOperator<T> merge) {
        Branch<T> branch = root;
        for (int depth = 0; depth < prefix.length(); depth++) {
            boolean bit = (prefix.network() << depth) < 0;
            if (bit) {
                branch = branch.one == null ? (branch.one = new Branch<>()) : branch.one;
            } else {
                branch = branch.zero == null ? (branch.zero = new Branch<>()) : branch.zero;
            }
        }
        branch.value = branch.value == null ? value : merge.apply(branch.value, value);
        branch.prefix = prefix;
    }

    /** The value of the longest stored prefix containing {@code address}, or null. */
    T longestMatch(int address) {
        Branch<T> branch = root;
        T best = root.value;
        for (int depth = 0; depth < 32 && branch != null; depth++) {
            branch = (address << depth) < 0 ? branch.one : branch.zero;
            if (branch != null && branch.value != null) {
                best = branch.value;
            }
        }
        return best;
    }

    /** The longest stored prefix containing {@code address}, or null. */
    Prefix longestPrefix(int address) {
        Branch<T> branch = root;
        Prefix best = root.prefix;
        for (int depth = 0; depth < 32 && branch != null; depth++) {
            branch = (address << depth) < 0 ? branch.one : branch.zero;
            if (branch != null && branch.prefix != null) {
                best = branch.prefix;
            }
        }
        return best;
    }
}
