package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Trace;
import org.netroute.checker.verify.Verdict;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RandomTopologies;

/**
 * The memoized sweep behind the verdicts must say exactly what tracing every pod pair (and
 * every start device towards many addresses) one by one says, on small random clusters.
 */
class SweepAgreesWithTracesTest {

    private static final int SEEDS = 300;

    @Test
    void reachabilityAndMtuVerdictsMatchPairByPairTracing() {
        int violated = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Topology topology = RandomTopologies.generate(seed);
            Forwarder forwarder = new Forwarder(topology);
            String firstUnreachable = null;
            String firstTooBig = null;
            for (Pod from : topology.pods()) {
                int podMtu = topology.podMtu(topology.node(from.node()).orElseThrow());
                for (Pod to : topology.pods()) {
                    if (from.equals(to)) {
                        continue;
                    }
                    Trace probe = forwarder.trace(from, to.address(), Packet.PROBE_BYTES);
                    if (!probe.delivered() && firstUnreachable == null) {
                        firstUnreachable = from.name() + "->" + to.name() + ":" + probe.disposition();
                    }
                    if (probe.delivered() && firstTooBig == null) {
                        Trace big = forwarder.trace(from, to.address(), podMtu);
                        if (!big.delivered()) {
                            firstTooBig = from.name() + "->" + to.name() + ":" + big.disposition();
                        }
                    }
                }
            }
            assertEquals(firstUnreachable, describe(new InterpreterEngine().check(topology, Property.REACHABILITY)),
                    "reachability, seed " + seed);
            assertEquals(firstTooBig, describe(new InterpreterEngine().check(topology, Property.MTU)), "mtu, seed " + seed);
            violated += firstUnreachable != null ? 1 : 0;
        }
        assertTrue(violated > SEEDS / 10 && violated < SEEDS, "the generator should give both outcomes, got " + violated);
    }

    @Test
    void noLoopVerdictMatchesTracingFromEveryDeviceToEveryInterestingAddress() {
        int loops = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Topology topology = RandomTopologies.generate(seed);
            Forwarder forwarder = new Forwarder(topology);
            boolean anyLoop = false;
            for (String device : devices(topology)) {
                for (Ipv4Address address : interestingAddresses(topology)) {
                    anyLoop |= forwarder.trace(device, address, Packet.PROBE_BYTES).disposition() == Disposition.LOOP;
                }
            }
            Verdict verdict = new InterpreterEngine().check(topology, Property.NO_LOOP);
            if (verdict instanceof Verdict.Violated violated) {
                assertEquals(Disposition.LOOP, violated.counterexample().disposition(), "seed " + seed);
                String to = violated.counterexample().to();
                Ipv4Address destination = topology.pod(to).map(Pod::address).orElseGet(() -> Ipv4Address.parse(to));
                Trace replay = forwarder.trace(violated.counterexample().from(), destination, Packet.PROBE_BYTES);
                assertEquals(Disposition.LOOP, replay.disposition(), "seed " + seed);
                loops++;
            } else {
                assertFalse(anyLoop, "a trace loops but no-loop was proved, seed " + seed);
            }
        }
        assertTrue(loops > 0, "the generator should produce some loops");
    }

    @Test
    void generatedTextIsValidAndParsesBackToTheSameVerdicts() {
        for (long seed = 0; seed < 40; seed++) {
            Topology generated = RandomTopologies.generate(seed);
            LoadedFile file = Clusters.load(NetRouteText.render(generated));
            assertFalse(file.hasErrors(), () -> "seed " + generated.name() + ": " + file.diagnostics().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")) + "\n" + NetRouteText.render(generated));
            Topology parsed = file.topologies().get(0);
            for (Property property : Property.values()) {
                assertEquals(new InterpreterEngine().check(generated, property).status(),
                        new InterpreterEngine().check(parsed, property).status(), property + ", seed " + seed);
            }
        }
    }

    private static String describe(Verdict verdict) {
        if (verdict instanceof Verdict.Violated violated) {
            return violated.counterexample().from() + "->" + violated.counterexample().to() + ":"
                    + violated.counterexample().disposition();
        }
        assertEquals(Verdict.Status.PROVED, verdict.status());
        return null;
    }

    private static List<String> devices(Topology topology) {
        List<String> devices = new ArrayList<>();
        topology.nodes().forEach(node -> devices.add(node.name()));
        topology.routers().forEach(router -> devices.add(router.name()));
        return devices;
    }

    /** Every named address, every prefix's first and last address, and their neighbours. */
    private static Set<Ipv4Address> interestingAddresses(Topology topology) {
        Set<Prefix> prefixes = new LinkedHashSet<>();
        prefixes.add(Prefix.ANY);
        topology.segments().forEach(segment -> prefixes.add(segment.cidr()));
        topology.nodes().forEach(node -> prefixes.add(node.podCidr()));
        topology.routers().forEach(router -> router.routes().forEach(route -> prefixes.add(route.destination())));
        Set<Ipv4Address> addresses = new LinkedHashSet<>();
        for (Prefix prefix : prefixes) {
            for (int delta = -1; delta <= 2; delta++) {
                addresses.add(new Ipv4Address(prefix.network() + delta));
                addresses.add(new Ipv4Address(prefix.lastBits() + delta - 1));
            }
            addresses.add(new Ipv4Address(prefix.network() + (int) (prefix.size() / 2)));
        }
        for (Node node : topology.nodes()) {
            addresses.add(node.address());
            node.pods().forEach(pod -> addresses.add(pod.address()));
        }
        topology.segments().forEach(segment -> segment.gateway().ifPresent(addresses::add));
        topology.routers().forEach(router -> {
            router.interfaces().forEach(i -> addresses.add(i.address()));
            router.routes().forEach(route -> route.nextHop().ifPresent(addresses::add));
        });
        return addresses;
    }
}
