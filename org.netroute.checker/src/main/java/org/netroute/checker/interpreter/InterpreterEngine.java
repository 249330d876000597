package org.netroute.checker.interpreter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.netroute.checker.interpreter.DestinationClasses.DestinationClass;
import org.netroute.checker.interpreter.policy.PolicyPairs;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Hints;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;

/**
 * Decides the properties by exhaustive forwarding. Pods behind one region of the address space
 * route alike and pods of one node start alike, so the sweep runs per (destination class, start
 * device) with shared outcomes ({@link DestinationSweep}) instead of per pod pair; the
 * counterexample is then replayed by the {@link Forwarder} to show its hops.
 */
public final class InterpreterEngine implements Engine {

    public static final String NAME = "interpreter";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict check(Topology topology, Property property) {
        if (property != Property.NO_LOOP && topology.policies().matter()) {
            return new PolicyPairs(topology).check(property == Property.MTU);
        }
        Network network = new Network(topology);
        return switch (property) {
            case REACHABILITY -> podPairs(network, false);
            case MTU -> podPairs(network, true);
            case NO_LOOP -> noLoop(network);
        };
    }

    /**
     * Reachability (a probe is delivered) or MTU (a delivered probe's path carries the sender's pod
     * MTU) over every ordered pod pair; the counterexample is the first failing pair in file order.
     */
    private Verdict podPairs(Network network, boolean mtu) {
        Map<Prefix, List<Integer>> podsByRegion = new LinkedHashMap<>();
        DestinationClasses classes = new DestinationClasses(network);
        for (int pod = 0; pod < network.pods.length; pod++) {
            podsByRegion.computeIfAbsent(classes.regionOf(network.pods[pod].address().bits()), r -> new ArrayList<>()).add(pod);
        }
        int[] sources = IntStream.range(0, network.nodeCount).filter(n -> !network.nodes[n].pods().isEmpty()).toArray();
        int[] podMtu = new int[network.nodeCount];
        for (int n = 0; n < network.nodeCount; n++) {
            podMtu[n] = network.topology.podMtu(network.nodes[n]);
        }
        DestinationSweep sweep = new DestinationSweep(network);
        IntPredicate fails = source -> {
            Disposition disposition = sweep.fromStart(source);
            return mtu
                    ? disposition == Disposition.DELIVERED && podMtu[source] > sweep.bottleneck()
                    : disposition != Disposition.DELIVERED;
        };
        // The first failing source of a region, as if every source were tried in order; sources that
        // decide alike (one segment, one pod MTU) are asked together (DestinationSweep.firstFailing).
        int[] rank = new int[network.nodeCount];
        for (int n = 0; n < network.nodeCount; n++) {
            rank[n] = n;
        }
        Groups groups = new Groups(network, sources, rank, source -> podMtu[source]);
        int firstFailingSource = Integer.MAX_VALUE;
        Map<Prefix, Integer> firstFailingSourceByRegion = new LinkedHashMap<>();
        for (Map.Entry<Prefix, List<Integer>> region : podsByRegion.entrySet()) {
            Pod representative = network.pods[region.getValue().get(0)];
            sweep.reset(network.destination(representative.address().bits()));
            int first = groups.firstFailing(sweep, firstFailingSource, fails);
            if (first >= 0) {
                firstFailingSourceByRegion.put(region.getKey(), first);
                firstFailingSource = Math.min(firstFailingSource, first);
            }
        }
        if (firstFailingSource == Integer.MAX_VALUE) {
            return Verdict.proved();
        }
        Pod from = network.nodes[firstFailingSource].pods().get(0);
        for (Pod to : network.pods) {
            Integer failing = firstFailingSourceByRegion.get(classes.regionOf(to.address().bits()));
            if (failing != null && failing == firstFailingSource && !to.equals(from)) {
                int bytes = mtu ? podMtu[firstFailingSource] : Packet.PROBE_BYTES;
                Trace trace = new Forwarder(network).trace(from, to.address(), bytes);
                String explanation = mtu
                        ? "pod " + from.name() + " may send " + bytes + "-byte packets (its pod MTU), but such a packet to pod "
                                + to.name() + " is not delivered: " + trace.explanation()
                        : "a packet from pod " + from.name() + " to pod " + to.name() + " (" + to.address()
                                + ") is not delivered: " + trace.explanation();
                return Verdict.violated(counterexample(network, trace, explanation));
            }
        }
        throw new IllegalStateException("a failing pod pair was found but not replayed");
    }

    /** No-loop over every start device and destination class; the first class in file order, then the first device. */
    private Verdict noLoop(Network network) {
        Integer[] devices = IntStream.range(0, network.deviceCount).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(devices, Comparator.comparingInt(d -> line(network, d)));
        DestinationSweep sweep = new DestinationSweep(network);
        int[] rank = new int[network.deviceCount];
        int[] order = new int[devices.length];
        for (int i = 0; i < devices.length; i++) {
            rank[devices[i]] = i;
            order[i] = devices[i];
        }
        Groups groups = new Groups(network, order, rank, device -> 0);
        IntPredicate loops = device -> sweep.fromStart(device) == Disposition.LOOP;
        for (DestinationClass destinationClass : new DestinationClasses(network).all()) {
            sweep.reset(network.destination(destinationClass.representative()));
            int device = groups.firstFailing(sweep, Integer.MAX_VALUE, loops);
            if (device >= 0) {
                Ipv4Address to = new Ipv4Address(destinationClass.representative());
                Trace trace = new Forwarder(network).trace(network.deviceNames[device], to, Packet.PROBE_BYTES);
                String explanation = "forwarding a packet from " + network.deviceNames[device] + " to " + to
                        + (destinationClass.owned() ? "" : " (standing for " + destinationClass.region() + ")")
                        + " loops: " + trace.explanation();
                return Verdict.violated(counterexample(network, trace, explanation));
            }
        }
        return Verdict.proved();
    }

    /**
     * Starts grouped so that the sweep can answer a group's ordinary nodes at once: the nodes of
     * one segment with one key (the pod MTU for the MTU property), each group in rank order;
     * routers and nodes whose key differs stand alone.
     */
    private static final class Groups {

        private final int[][] groups;
        private final int[][] firewalled;
        private final int[] position;
        private final int[] rank;

        /** @param starts every start, in rank order */
        Groups(Network network, int[] starts, int[] rank, IntUnaryOperator key) {
            this.rank = rank;
            this.position = new int[network.deviceCount];
            Map<Long, List<Integer>> bySegmentAndKey = new LinkedHashMap<>();
            List<int[]> all = new ArrayList<>();
            for (int start : starts) {
                if (network.isNode(start)) {
                    long group = (long) network.nodeSegment[start] << 32 | (key.applyAsInt(start) & 0xffffffffL);
                    bySegmentAndKey.computeIfAbsent(group, g -> new ArrayList<>()).add(start);
                } else {
                    all.add(new int[] {start});
                }
            }
            bySegmentAndKey.values().forEach(group -> all.add(group.stream().mapToInt(Integer::intValue).toArray()));
            groups = all.toArray(int[][]::new);
            firewalled = new int[groups.length][];
            for (int g = 0; g < groups.length; g++) {
                int[] group = groups[g];
                firewalled[g] = IntStream.range(0, group.length).filter(i -> network.hasFirewall(group[i])).toArray();
                for (int i = 0; i < group.length; i++) {
                    position[group[i]] = i;
                }
            }
        }

        /** The failing start of lowest rank, among those of rank at most {@code maxRank}; -1 if none fails. */
        int firstFailing(DestinationSweep sweep, int maxRank, IntPredicate fails) {
            int best = -1;
            int limit = maxRank;
            for (int g = 0; g < groups.length; g++) {
                int index = sweep.firstFailing(groups[g], position, rank, limit, firewalled[g], fails);
                if (index >= 0) {
                    best = groups[g][index];
                    limit = rank[best] - 1;
                }
            }
            return best;
        }
    }

    private static int line(Network network, int device) {
        return device < network.nodeCount
                ? network.nodes[device].location().line()
                : network.routers[device - network.nodeCount].location().line();
    }

    private static Counterexample counterexample(Network network, Trace trace, String explanation) {
        return new Counterexample(trace.from(), trace.to(), trace.hops(), trace.at(), trace.disposition(), explanation,
                new Hints(network.topology).forTrace(trace));
    }
}
