package org.netroute.tests.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated cluster as a .netroute file, so that benchmarks can run the command line on
 * it as a user would: {@code ClusterFiles SHAPE NODES PODS_PER_NODE FILE}, SHAPE one of
 * {@link ScaleTopologies.Shape} in lower case with dashes ({@code tunnel}, {@code native-direct-routes},
 * {@code native-bgp}).
 */
public final class ClusterFiles {

    private ClusterFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ClusterFiles SHAPE NODES PODS_PER_NODE FILE");
            System.exit(2);
        }
        ScaleTopologies.Shape shape = ScaleTopologies.Shape.valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        Path file = Path.of(args[3]);
        Files.writeString(file, NetRouteText.render(ScaleTopologies.generate(shape, Integer.parseInt(args[1]),
                Integer.parseInt(args[2]))), StandardCharsets.UTF_8);
        System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    }
}
