package org.netroute.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.netroute.checker.interpreter.Forwarder;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Pod;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Packet;
import org.netroute.checker.verify.Trace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netroute trace}: one concrete packet from a pod, hop by hop. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Forward one packet from a pod to a pod or address and print every hop.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the packet is delivered", "1:the packet is not delivered", "2:input errors"})
final class TraceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .netroute file")
    private Path file;

    @Option(names = "--from", required = true, paramLabel = "POD", description = "the sending pod")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "POD|IP", description = "the receiving pod or an IPv4 address")
    private String to;

    @Option(names = "--size", paramLabel = "BYTES", defaultValue = "" + Packet.PROBE_BYTES,
            description = "the packet size in bytes (default: ${DEFAULT-VALUE})")
    private int size;

    @Option(names = "--cluster", paramLabel = "NAME", description = "the cluster, when the file holds several")
    private String clusterName;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (size <= 0) {
            err.println("netroute: --size must be positive, not " + size);
            return ExitCodes.INPUT_ERROR;
        }
        Optional<List<Topology>> selected = ClustersOfFile.load(file, clusterName, err);
        if (selected.isEmpty()) {
            return ExitCodes.INPUT_ERROR;
        }
        List<Topology> clusters = selected.get();
        List<Topology> withSender = clusters.stream().filter(t -> t.pod(from).isPresent()).toList();
        if (withSender.isEmpty()) {
            err.println("netroute: unknown pod '" + from + "' in " + file + " (pods: " + podNames(clusters) + ")");
            return ExitCodes.INPUT_ERROR;
        }
        if (withSender.size() > 1) {
            err.println("netroute: pod '" + from + "' is in several clusters of " + file + "; choose one with --cluster");
            return ExitCodes.INPUT_ERROR;
        }
        Topology topology = withSender.get(0);
        Pod sender = topology.pod(from).get();
        Optional<Ipv4Address> destination = topology.pod(to).map(Pod::address).or(() -> address(to));
        if (destination.isEmpty()) {
            err.println("netroute: unknown pod '" + to + "' in cluster " + topology.name() + " (pods: "
                    + podNames(List.of(topology)) + "), and not an IPv4 address");
            return ExitCodes.INPUT_ERROR;
        }
        Trace trace = new Forwarder(topology).trace(sender, destination.get(), size);
        new TextReport().write(trace, out);
        return trace.delivered() ? 0 : 1;
    }

    private static Optional<Ipv4Address> address(String text) {
        try {
            return Optional.of(Ipv4Address.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String podNames(List<Topology> clusters) {
        String names = clusters.stream().flatMap(t -> t.pods().stream()).map(Pod::name).limit(20)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }
}
