package org.netroute.tests.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.alloy.isolation.SolverSettings;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.topology.Cilium;
import org.netroute.checker.topology.Interface;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Node;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Prefix;
import org.netroute.checker.topology.Router;
import org.netroute.checker.topology.RoutingMode;
import org.netroute.checker.topology.Segment;
import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TunnelProtocol;
import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.EngineChoice;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;
import org.netroute.checker.verify.Verifier;

/**
 * The default engines on a cluster Alloy cannot decide within a short limit: the interpreter's
 * finished answer survives in the UNKNOWN's reason, the abandoned Alloy solve is ended before the
 * next property starts (no thread, no solver process, no memory of it left), and an out-of-memory
 * in a solve is an UNKNOWN, not the end of the run.
 */
class EngineIsolationTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    /**
     * Tunnel mode behind one core router, each node on a rack of its own whose MTU differs from
     * every other (9000 - i): no two nodes are interchangeable, so nothing compresses and Alloy
     * gets the cluster as written; the interpreter decides it in well under a second.
     */
    static Topology irregular(int nodeCount) {
        Cilium cilium = new Cilium(RoutingMode.TUNNEL, TunnelProtocol.VXLAN, TunnelProtocol.VXLAN.defaultPort(), 0,
                Optional.empty(), false, false, SourceLocation.NONE);
        List<Segment> segments = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        List<Interface> interfaces = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            String rack = "rack" + i;
            String net = (16 + i / 256) + "." + i % 256;
            String pods = i / 256 + "." + i % 256;
            segments.add(new Segment(rack, Prefix.parse("172." + net + ".0/24"), 9000 - i,
                    Optional.of(Ipv4Address.parse("172." + net + ".1")), SourceLocation.NONE));
            interfaces.add(new Interface("eth" + i, Ipv4Address.parse("172." + net + ".1"), rack, SourceLocation.NONE));
            List<Pod> podList = List.of(
                    new Pod("n" + i + "-a", Ipv4Address.parse("10." + pods + ".10"), "n" + i, SourceLocation.NONE),
                    new Pod("n" + i + "-b", Ipv4Address.parse("10." + pods + ".11"), "n" + i, SourceLocation.NONE));
            nodes.add(new Node("n" + i, Ipv4Address.parse("172." + net + ".10"), rack,
                    Prefix.parse("10." + pods + ".0/24"), podList, SourceLocation.NONE));
        }
        return new Topology("irregular-" + nodeCount, SourceLocation.NONE, cilium, segments, nodes,
                List.of(new Router("core", interfaces, List.of(), SourceLocation.NONE)), List.of(), List.of());
    }

    private static Set<String> alloyThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("netroute-alloy")).collect(Collectors.toSet());
    }

    private static Set<Long> solverProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("SolverMain"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void anUndecidedAlloyLosesNoInterpreterAnswerAndLeavesNothingRunning() throws InterruptedException, IOException {
        Topology topology = irregular(300);
        Verifier verifier = new Verifier(null,
                new EngineChoice("both", List.of(new AlloyEngine(), new InterpreterEngine())), LIMIT);
        Set<Long> solversBefore = solverProcesses();
        long heapBefore = usedHeap();
        List<String> leftOver = new ArrayList<>();
        Monitor watching = new Monitor() {
            @Override
            public void checking(String cluster, Property property, String engines) {
                // whatever the previous property's Alloy solve was doing must be over now
                Set<String> threads = alloyThreads();
                Set<Long> solvers = solverProcesses();
                solvers.removeAll(solversBefore);
                if (!threads.isEmpty() || !solvers.isEmpty()) {
                    leftOver.add(property.id() + ": threads " + threads + ", solver processes " + solvers);
                }
            }
        };
        ClusterResult result = verifier.verify(topology, watching);

        assertEquals(List.of(), leftOver, "an abandoned solve ran on into the next property");
        for (PropertyResult property : result.properties()) {
            Answer alloy = property.answers().get(0);
            Answer interpreter = property.answers().get(1);
            assertEquals("alloy", alloy.engine());
            assertInstanceOf(Verdict.Unknown.class, alloy.verdict(), "Alloy decided the irregular cluster in "
                    + LIMIT + ": make it larger");
            assertTrue(!(interpreter.verdict() instanceof Verdict.Unknown), interpreter.toString());
            String reason = assertInstanceOf(Verdict.Unknown.class, property.verdict()).reason();
            assertTrue(reason.startsWith("interpreter: " + interpreter.verdict().status() + " in "), reason);
            assertTrue(reason.contains("alloy: the alloy engine did not decide " + property.property().id()
                    + " within 2.0 s on the cluster as written (300 nodes"), reason);
            // the property had its whole time: it was not cut short by what ran before
            assertTrue(property.millis() >= LIMIT.toMillis(), property.property().id() + " took " + property.millis());
        }
        // every report says it as the verdict does
        String reason = ((Verdict.Unknown) result.properties().get(0).verdict()).reason();
        List<FileResult> files = List.of(new FileResult("irregular.netroute", List.of(), List.of(result)));
        StringWriter text = new StringWriter();
        new TextReport().write(files, new PrintWriter(text, true));
        StringWriter json = new StringWriter();
        new JsonReport().write(files, json);
        StringWriter junit = new StringWriter();
        new JUnitXmlReport().write(files, junit);
        StringWriter html = new StringWriter();
        new HtmlReport().write(files, html);
        String start = reason.substring(0, reason.indexOf(';'));
        for (String written : List.of(text.toString(), json.toString(), junit.toString(), html.toString())) {
            assertTrue(written.contains(start), "a report lacks the interpreter's answer: " + written);
        }
        result = null;
        files = null;
        assertEquals(Set.of(), alloyThreads());
        long heapAfter = usedHeap();
        assertTrue(heapAfter - heapBefore < 64L << 20, "used heap grew from " + (heapBefore >> 20) + " MB to "
                + (heapAfter >> 20) + " MB");
    }

    @Test
    void anOutOfMemoryInTheSolveIsAnUnknownWithThatReason() {
        Verifier verifier = new Verifier(null, EngineChoice.of(new AlloyEngine(null, SolverSettings.withHeap(64))),
                Duration.ofSeconds(60));
        ClusterResult result = verifier.verify(irregular(300));
        for (PropertyResult property : result.properties()) {
            String reason = assertInstanceOf(Verdict.Unknown.class, property.verdict()).reason();
            assertTrue(reason.startsWith("Alloy ran out of memory (the solver process's heap is 64 MB), deciding "
                    + property.property().id() + " on the cluster as written (300 nodes"), reason);
        }
        // the same engine decides a small cluster afterwards: the process is started afresh
        ClusterResult small = verifier.verify(irregular(3));
        assertEquals(Verdict.Status.PROVED, small.properties().get(0).verdict().status(), small.toString());
    }
}
