package org.netroute.tests.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.netroute.checker.topology.Topology;
import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RackClusters;
import org.netroute.tests.generate.RackClusters.Fault;
import org.netroute.tests.generate.RackClusters.FaultKind;
import org.netroute.tests.generate.RackClusters.Shape;

/**
 * The cluster whose report picture issue 24 looked at, as a file a person can verify with the
 * launcher: racks of 50 nodes behind one core router (VXLAN), rack 3's segment at MTU 1400, so
 * the MTU property fails at the core. {@code RackMtuClusterFile NODES PODS_PER_NODE FILE}.
 */
public final class RackMtuClusterFile {

    static final int NODES_PER_RACK = 50;
    static final int LOW_MTU_RACK = 3;

    private RackMtuClusterFile() {
    }

    static Topology topology(int nodes, int podsPerNode) {
        return RackClusters.generate(Shape.TUNNEL_RACKS, nodes / NODES_PER_RACK, NODES_PER_RACK, podsPerNode,
                List.of(new Fault(FaultKind.RACK_MTU, LOW_MTU_RACK, 0)));
    }

    static Path write(int nodes, int podsPerNode, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, NetRouteText.render(topology(nodes, podsPerNode)), StandardCharsets.UTF_8);
        return file;
    }

    public static void main(String[] args) throws IOException {
        int least = NODES_PER_RACK * (LOW_MTU_RACK + 1);
        if (args.length != 3 || !args[0].matches("\\d{1,7}") || !args[1].matches("\\d{1,3}")
                || Integer.parseInt(args[0]) < least) {
            System.err.println("usage: RackMtuClusterFile NODES PODS_PER_NODE FILE (NODES at least " + least
                    + ", in racks of " + NODES_PER_RACK + ")");
            System.exit(2);
        }
        Path file = write(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    }
}
