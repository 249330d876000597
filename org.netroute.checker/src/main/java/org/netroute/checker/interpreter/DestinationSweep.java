package org.netroute.checker.interpreter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Packet;

/**
 * Forwards one destination class from every device at once. Forwarding is deterministic, so for a
 * fixed destination the (device, encapsulation) states form a forest whose roots are the
 * dispositions (or cycles: LOOP); each state's outcome is computed once and shared by every
 * source that passes through it. The outcome also keeps the path's bottleneck: the smallest
 * (segment MTU minus overhead on the wire) crossed, so any source's pod MTU is checked in O(1).
 * Nodes that neither own the destination nor its PodCIDR and have no firewall decide alike
 * on one segment (their tables differ only in the route to themselves), so that decision is
 * computed once per segment and reused. One instance is reused class after class; it is not
 * thread-safe.
 */
final class DestinationSweep {

    /** The bottleneck of a path that crosses no segment. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private static final Disposition[] DISPOSITIONS = Disposition.values();

    private final Network network;
    private final ForwardingStep step;
    private final int[] known;
    private final int[] onPath;
    private final byte[] disposition;
    private final int[] bottleneck;
    private final int[] stack;
    private final int[] crossing;
    private final Decision[] segmentDecision;
    private final int[] segmentDecisionKnown;
    private int generation;
    private Destination inner;
    private Disposition lastDisposition;
    private int lastBottleneck;

    DestinationSweep(Network network) {
        this.network = network;
        this.step = new ForwardingStep(network);
        int states = network.deviceCount * 2;
        known = new int[states];
        onPath = new int[states];
        disposition = new byte[states];
        bottleneck = new int[states];
        stack = new int[states + 1];
        crossing = new int[states + 1];
        segmentDecision = new Decision[network.segments.length * 2];
        segmentDecisionKnown = new int[network.segments.length * 2];
    }

    /** Starts over for another destination; outcomes of the previous one are forgotten. */
    void reset(Destination destination) {
        inner = destination;
        generation++;
    }

    /** Forwards a probe that starts at {@code device}; read the outcome with {@link #disposition()} and {@link #bottleneck()}. */
    Disposition fromStart(int device) {
        if (network.hasFirewall(device)) {
            walkWithoutMemo(device);
        } else if (!followsSegmentDecision(device)) {
            resolve(device * 2);
        }
        return lastDisposition;
    }

    /**
     * The fast path for the many ordinary nodes of a segment: once the segment's decision and
     * its successor's outcome are known, a start there is answered without touching the memo.
     * (If the successor's path came back to this node it would be a cycle, i.e. LOOP for both.)
     */
    private boolean followsSegmentDecision(int device) {
        Decision shared = knownSegmentDecision(device);
        if (shared == null) {
            return false;
        }
        if (!shared.handedOn()) {
            lastDisposition = shared.disposition();
            lastBottleneck = UNLIMITED;
            return true;
        }
        if (shared.nextDevice() == device) {
            return false;
        }
        int next = state(shared.nextDevice(), shared.outerNode());
        if (known[next] != generation) {
            return false;
        }
        lastDisposition = DISPOSITIONS[disposition[next]];
        lastBottleneck = Math.min(crossingLimit(shared), bottleneck[next]);
        return true;
    }

    /**
     * The first start of {@code group} (array order) whose outcome {@code fails}, among those whose
     * rank is at most {@code maxRank}; -1 if none. The same answer as calling {@link #fromStart}
     * on each start in turn, but in O(exceptions) rather than O(group) once one ordinary start has
     * been answered: every later ordinary node of the group then follows the segment's shared
     * decision to the same memoized successor ({@link #followsSegmentDecision}), so it has the
     * same outcome. Only the group's firewalled nodes, the destination's owner and pod node, and
     * the shared decision's next device can differ; they are asked one by one.
     *
     * @param group     nodes of one segment, all with the same verdict for a given outcome (the
     *                  caller's {@code fails} must depend on the start only through the outcome)
     * @param position  for each device, its index in its group
     * @param rank      for each device, its order among all starts (ascending along {@code group})
     * @param firewalled the indices in {@code group} of its nodes with a firewall, ascending
     * @param fails     asks {@link #fromStart} and judges the outcome
     */
    int firstFailing(int[] group, int[] position, int[] rank, int maxRank, int[] firewalled, IntPredicate fails) {
        int shared = -1;
        for (int i = 0; i < group.length; i++) {
            int device = group[i];
            if (rank[device] > maxRank) {
                return -1;
            }
            if (fails.test(device)) {
                return i;
            }
            if (sharesSegmentOutcome(device)) {
                shared = i;
                break;
            }
        }
        if (shared < 0) {
            return -1;
        }
        int segment = network.nodeSegment[group[shared]];
        Decision decision = segmentDecision[segment * 2];
        int[] exceptions = new int[firewalled.length + 3];
        int count = 0;
        for (int index : firewalled) {
            if (index > shared) {
                exceptions[count++] = index;
            }
        }
        count = addException(exceptions, count, inner.podNode(), group, position, shared);
        count = addException(exceptions, count, inner.owner(), group, position, shared);
        if (decision.handedOn()) {
            count = addException(exceptions, count, decision.nextDevice(), group, position, shared);
        }
        Arrays.sort(exceptions, 0, count);
        int previous = -1;
        for (int k = 0; k < count; k++) {
            int index = exceptions[k];
            if (index == previous) {
                continue;
            }
            previous = index;
            if (rank[group[index]] > maxRank) {
                return -1;
            }
            if (fails.test(group[index])) {
                return index;
            }
        }
        return -1;
    }

    /** The decision of an ordinary node's segment for the current destination, or null if not made yet or not ordinary. */
    private Decision knownSegmentDecision(int device) {
        if (!ordinaryNode(device, -1)) {
            return null;
        }
        int slot = network.nodeSegment[device] * 2;
        return segmentDecisionKnown[slot] == generation ? segmentDecision[slot] : null;
    }

    private int addException(int[] exceptions, int count, int device, int[] group, int[] position, int after) {
        if (device >= 0 && network.isNode(device)) {
            int index = position[device];
            if (index > after && index < group.length && group[index] == device) {
                exceptions[count++] = index;
            }
        }
        return count;
    }

    /**
     * Whether, after {@link #fromStart}{@code (device)}, every other ordinary node on the device's
     * segment (except the shared decision's next device) is answered by the segment's shared
     * decision with the outcome {@code device} just had.
     */
    private boolean sharesSegmentOutcome(int device) {
        Decision shared = knownSegmentDecision(device);
        if (shared == null) {
            return false;
        }
        if (!shared.handedOn()) {
            return true;
        }
        return shared.nextDevice() != device && known[state(shared.nextDevice(), shared.outerNode())] == generation;
    }

    Disposition disposition() {
        return lastDisposition;
    }

    /** The largest inner packet the last path carries without exceeding a segment MTU. */
    int bottleneck() {
        return lastBottleneck;
    }

    private static int state(int device, int outerNode) {
        return device * 2 + (outerNode >= 0 ? 1 : 0);
    }

    private int outerNodeOf(int state) {
        return (state & 1) == 0 ? -1 : inner.podNode();
    }

    private int crossingLimit(Decision decision) {
        return decision.outerNode() >= 0 ? network.largestWrappedInner[decision.segment()]
                : network.segmentMtu[decision.segment()];
    }

    /** The outcome of a packet arriving in {@code start}, memoized along its whole path. */
    private void resolve(int start) {
        int depth = 0;
        int current = start;
        Disposition result;
        int limit;
        while (true) {
            if (known[current] == generation) {
                result = DISPOSITIONS[disposition[current]];
                limit = bottleneck[current];
                break;
            }
            if (onPath[current] == generation) {
                result = Disposition.LOOP;
                limit = UNLIMITED;
                break;
            }
            onPath[current] = generation;
            stack[depth] = current;
            Decision decision = arrivalDecision(current);
            if (!decision.handedOn()) {
                crossing[depth++] = UNLIMITED;
                result = decision.disposition();
                limit = UNLIMITED;
                break;
            }
            crossing[depth++] = crossingLimit(decision);
            current = state(decision.nextDevice(), decision.outerNode());
        }
        for (int i = depth - 1; i >= 0; i--) {
            limit = Math.min(limit, crossing[i]);
            int state = stack[i];
            known[state] = generation;
            disposition[state] = (byte) result.ordinal();
            bottleneck[state] = limit;
        }
        lastDisposition = result;
        lastBottleneck = limit;
    }

    /** What the device of {@code state} does with an arriving packet, shared among the segment's ordinary nodes. */
    private Decision arrivalDecision(int state) {
        int device = state >> 1;
        int outerNode = outerNodeOf(state);
        if (!ordinaryNode(device, outerNode)) {
            return step.decide(device, inner, outerNode, true, Packet.PROBE_BYTES);
        }
        int slot = network.nodeSegment[device] * 2 + (state & 1);
        if (segmentDecisionKnown[slot] == generation) {
            Decision shared = segmentDecision[slot];
            if (shared.handedOn() && shared.nextDevice() == device) {
                return step.decide(device, inner, outerNode, true, Packet.PROBE_BYTES);
            }
            return shared;
        }
        Decision decision = step.decide(device, inner, outerNode, true, Packet.PROBE_BYTES);
        boolean nextHopIsItself = decision.disposition() == Disposition.NEIGHBOR_UNREACHABLE && decision.segment() >= 0
                && network.owner(decision.nextHop()) == device;
        if (!nextHopIsItself) {
            segmentDecision[slot] = decision;
            segmentDecisionKnown[slot] = generation;
        }
        return decision;
    }

    /** A node whose decision depends only on its segment: it owns neither the wire destination nor the PodCIDR. */
    private boolean ordinaryNode(int device, int outerNode) {
        if (!network.isNode(device) || network.hasFirewall(device) || device == inner.podNode()) {
            return false;
        }
        Destination wire = outerNode >= 0 ? network.outerDestinations[outerNode] : inner;
        return device != wire.owner() && device != wire.podNode();
    }

    /**
     * A start at a firewalled device differs from an arrival there (the firewall does not see
     * the packet its own device sends), so its path is walked state by state.
     */
    private void walkWithoutMemo(int device) {
        Set<Integer> visited = new HashSet<>();
        int current = state(device, -1);
        boolean arrived = false;
        int limit = UNLIMITED;
        while (true) {
            if (!visited.add(current)) {
                lastDisposition = Disposition.LOOP;
                lastBottleneck = limit;
                return;
            }
            Decision decision = step.decide(current >> 1, inner, outerNodeOf(current), arrived, Packet.PROBE_BYTES);
            if (!decision.handedOn()) {
                lastDisposition = decision.disposition();
                lastBottleneck = limit;
                return;
            }
            limit = Math.min(limit, crossingLimit(decision));
            current = state(decision.nextDevice(), decision.outerNode());
            arrived = true;
        }
    }
}
