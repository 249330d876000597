package org.netroute.checker.compress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.topology.Prefix;

/**
 * An involution of the IPv4 space given by nested pairs of ranges: each pair is swapped, either
 * by offset (shift) or, when nothing inside but its nested pairs is named, by any bijection that
 * carries the nested pairs along (opaque). Configured prefixes outside every pair stay fixed.
 * Built only if such a bijection exists for the configuration it was checked against.
 */
final class AddressPairing {

    private record Pair(Prefix left, Prefix right, boolean shift, List<Pair> nested) {
    }

    private static final class Draft {
        final Prefix left;
        final Prefix right;
        final List<Draft> nested = new ArrayList<>();

        Draft(RangePair pair) {
            this.left = pair.left();
            this.right = pair.right();
        }
    }

    private final List<Pair> top;

    private AddressPairing(List<Pair> top) {
        this.top = List.copyOf(top);
    }

    /**
     * The pairing of {@code pairs} (in either orientation, nested or disjoint), or empty when the
     * pairs overlap inconsistently or a pair encloses named addresses it cannot carry along.
     */
    static Optional<AddressPairing> of(List<RangePair> pairs, MentionIndex index) {
        List<RangePair> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparingInt(pair -> pair.left().length()));
        List<Draft> drafts = new ArrayList<>();
        for (RangePair pair : ordered) {
            if (pair.left().length() != pair.right().length() || pair.left().overlaps(pair.right())
                    || !insert(drafts, pair)) {
                return Optional.empty();
            }
        }
        List<Pair> top = new ArrayList<>();
        for (Draft draft : drafts) {
            Pair decided = decide(draft, index);
            if (decided == null) {
                return Optional.empty();
            }
            top.add(decided);
        }
        return Optional.of(new AddressPairing(top));
    }

    private static boolean insert(List<Draft> level, RangePair pair) {
        for (Draft draft : level) {
            boolean same = draft.left.contains(pair.left()) || draft.right.contains(pair.right());
            boolean crossed = draft.left.contains(pair.right()) || draft.right.contains(pair.left());
            if (same) {
                if (!draft.left.contains(pair.left()) || !draft.right.contains(pair.right())) {
                    return false;
                }
                return draft.left.equals(pair.left()) || insert(draft.nested, pair);
            }
            if (crossed) {
                if (!draft.left.contains(pair.right()) || !draft.right.contains(pair.left())) {
                    return false;
                }
                return draft.left.equals(pair.right()) || insert(draft.nested, pair.flipped());
            }
            if (pair.left().overlaps(draft.left) || pair.left().overlaps(draft.right)
                    || pair.right().overlaps(draft.left) || pair.right().overlaps(draft.right)) {
                return false;
            }
        }
        level.add(new Draft(pair));
        return true;
    }

    /** Opaque when every name inside lies in a nested pair; else shift if the nested pairs agree with it. */
    private static Pair decide(Draft draft, MentionIndex index) {
        if (covered(draft.left, draft.nested, true, index) && covered(draft.right, draft.nested, false, index)) {
            List<Pair> nested = new ArrayList<>();
            for (Draft inner : draft.nested) {
                Pair decided = decide(inner, index);
                if (decided == null) {
                    return null;
                }
                nested.add(decided);
            }
            return new Pair(draft.left, draft.right, false, nested);
        }
        return shiftAgrees(draft, draft.left, draft.right) ? new Pair(draft.left, draft.right, true, List.of()) : null;
    }

    private static boolean covered(Prefix range, List<Draft> nested, boolean left, MentionIndex index) {
        if (range.length() == 32) {
            return true;
        }
        for (Mention mention : index.within(range)) {
            if (mention.at().length() > range.length()
                    && nested.stream().noneMatch(inner -> (left ? inner.left : inner.right).contains(mention.at()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean shiftAgrees(Draft draft, Prefix outerLeft, Prefix outerRight) {
        for (Draft inner : draft.nested) {
            if (inner.left.network() - outerLeft.network() != inner.right.network() - outerRight.network()
                    || !shiftAgrees(inner, outerLeft, outerRight)) {
                return false;
            }
        }
        return true;
    }

    /** The ranges this pairing moves (both sides of every outermost pair). */
    List<Prefix> movedRanges() {
        List<Prefix> ranges = new ArrayList<>();
        for (Pair pair : top) {
            ranges.add(pair.left());
            ranges.add(pair.right());
        }
        return ranges;
    }

    /** The range an outermost moved range is swapped with. */
    Prefix partner(Prefix range) {
        for (Pair pair : top) {
            if (pair.left().equals(range)) {
                return pair.right();
            }
            if (pair.right().equals(range)) {
                return pair.left();
            }
        }
        return range;
    }

    /** The image of a named address, or -1 when the pairing leaves it undefined (an unnamed address of an opaque pair). */
    long map(int address) {
        for (Pair pair : top) {
            for (boolean forward : DIRECTIONS) {
                if ((forward ? pair.left() : pair.right()).contains(address)) {
                    return map(address, pair, forward);
                }
            }
        }
        return Integer.toUnsignedLong(address);
    }

    private static final boolean[] DIRECTIONS = {true, false};

    private static long map(int address, Pair pair, boolean forward) {
        Prefix from = forward ? pair.left() : pair.right();
        Prefix to = forward ? pair.right() : pair.left();
        if (pair.shift() || from.length() == 32) {
            return Integer.toUnsignedLong(to.network() + (address - from.network()));
        }
        for (Pair inner : pair.nested()) {
            if ((forward ? inner.left() : inner.right()).contains(address)) {
                return map(address, inner, forward);
            }
        }
        return -1;
    }

    /** The image of a configured prefix, or empty when undefined. */
    Optional<Prefix> map(Prefix prefix) {
        for (Pair pair : top) {
            for (boolean forward : DIRECTIONS) {
                if ((forward ? pair.left() : pair.right()).contains(prefix)) {
                    return map(prefix, pair, forward);
                }
            }
        }
        return Optional.of(prefix);
    }

    private static Optional<Prefix> map(Prefix prefix, Pair pair, boolean forward) {
        Prefix from = forward ? pair.left() : pair.right();
        Prefix to = forward ? pair.right() : pair.left();
        if (from.equals(prefix)) {
            return Optional.of(to);
        }
        if (pair.shift()) {
            return Optional.of(new Prefix(to.network() + (prefix.network() - from.network()), prefix.length()));
        }
        for (Pair inner : pair.nested()) {
            if ((forward ? inner.left() : inner.right()).contains(prefix)) {
                return map(prefix, inner, forward);
            }
        }
        return Optional.empty();
    }
}
