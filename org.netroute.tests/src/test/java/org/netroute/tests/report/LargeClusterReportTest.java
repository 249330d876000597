package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netroute.checker.report.ClusterExcerpt;
import org.netroute.checker.report.ClusterLayout;
import org.netroute.checker.report.Diagram;
import org.netroute.checker.report.FailingPath;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * The HTML report of issue 24's cluster (5,000 nodes, 30 pods each, rack 3's MTU lowered): the
 * picture draws the path's devices and folds the rest, the page stays small, and rendered at
 * 1400x1600 in headless Chromium it shows the path with the failing hop in red. The PNG stays in
 * {@code target/report-test/} as a build artifact.
 */
class LargeClusterReportTest {

    private static final int NODES = 5_000;
    private static final int PODS_PER_NODE = 30;
    private static final int PAGE_LIMIT_BYTES = 300 * 1024;
    private static final int FIRST_SCREEN_WIDTH = 1400;
    private static final int FIRST_SCREEN_HEIGHT = 1600;

    private static Path page;
    private static String html;
    private static Topology topology;
    private static Counterexample counterexample;

    @BeforeAll
    static void verifyTheCluster() throws IOException {
        Path folder = Reports.outputDirectory();
        Path file = RackMtuClusterFile.write(NODES, PODS_PER_NODE, folder.resolve("rack-mtu-5000.netroute"));
        FileResult result = Reports.verify(file);
        topology = Reports.topology(file);
        Verdict verdict = result.clusters().get(0).properties().get(Property.MTU.ordinal()).verdict();
        counterexample = ((Verdict.Violated) verdict).counterexample();
        StringWriter out = new StringWriter();
        new HtmlReport().write(List.of(result), out);
        html = out.toString();
        page = folder.resolve("rack-mtu-5000.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
    }

    @Test
    void pageStaysUnder300Kilobytes() throws IOException {
        assertTrue(Files.size(page) < PAGE_LIMIT_BYTES, "page of " + Files.size(page) + " bytes");
    }

    @Test
    void everyDeviceOfThePathIsDrawnAndTheFailingOneInRed() {
        FailingPath path = FailingPath.of(counterexample, topology);
        assertFalse(path.moves().isEmpty(), "the oversized packet crosses at least one segment");
        Set<String> devices = new LinkedHashSet<>();
        path.moves().forEach(move -> {
            devices.add(move.from());
            devices.add(move.to());
        });
        for (String device : devices) {
            assertTrue(Pattern.compile("<g class=\"(node|router) (on-path|failing)\" data-name=\"" + Pattern.quote(device)
                    + "\">").matcher(html).find(), device + " drawn on the path");
        }
        for (FailingPath.Move move : path.moves()) {
            assertTrue(html.contains("data-name=\"" + move.segment() + "\">"), "segment " + move.segment() + " drawn");
        }
        assertTrue(html.contains("<g class=\"router failing\" data-name=\"core\">"), "the core cannot send into rack3");
        assertTrue(html.contains("<g class=\"segment failing\" data-name=\"rack3\">"), "rack3's segment in red");
    }

    @Test
    void theRestOfTheClusterIsFoldedAndEveryNodeCounted() {
        int drawnNodes = count(html, "<g class=\"node[ \"]");
        assertTrue(drawnNodes <= 4, "only the path's nodes and the destination's are drawn: " + drawnNodes);
        assertTrue(count(html, "<g class=\"fold\"") >= 1);
        Matcher folded = Pattern.compile(">([0-9,]+) other nodes?( on [^<]+)?</text>").matcher(html);
        int foldedNodes = 0;
        while (folded.find()) {
            foldedNodes += Integer.parseInt(folded.group(1).replace(",", ""));
        }
        assertEquals(NODES, drawnNodes + foldedNodes, "every node drawn or counted in a fold");
        assertTrue(html.contains(">on 98 other segments:</text>"), "the racks behind the core, folded");
        assertTrue(html.contains(">rack1, rack2, rack4, \u2026 rack99</text>"), "the folded racks are named");
    }

    @Test
    void thePictureFitsTheFirstScreen() {
        FailingPath path = FailingPath.of(counterexample, topology);
        ClusterExcerpt excerpt = ClusterExcerpt.of(topology, counterexample, path);
        Diagram diagram = new ClusterLayout().layOut(topology, excerpt, counterexample.hops().get(0).device(),
                Set.of(counterexample.from(), counterexample.to()), Map.of());
        assertTrue(diagram.width() < FIRST_SCREEN_WIDTH - 64, "width " + diagram.width());
        assertTrue(diagram.height() < FIRST_SCREEN_HEIGHT / 2, "height " + diagram.height());
        List<Diagram.Box> boxes = diagram.boxes();
        for (int first = 0; first < boxes.size(); first++) {
            for (int second = first + 1; second < boxes.size(); second++) {
                assertFalse(boxes.get(first).overlaps(boxes.get(second)), boxes.get(first) + " overlaps " + boxes.get(second));
            }
        }
    }

    /** Renders the page as scripts/render-report.sh does and looks for the failing hop's red and the path's orange. */
    @Test
    void chromiumShowsThePathAndTheFailingHopInRedOnTheFirstScreen() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("chromium"), "Debian's chromium is not installed (.ci/run installs it)");
        Path png = Reports.outputDirectory().resolve("rack-mtu-5000.png");
        Files.deleteIfExists(png);
        Path script = Path.of(System.getProperty("netroute.root", ".."), "scripts", "render-report.sh");
        Process render = new ProcessBuilder("bash", script.toString(), page.toString(), png.toString(),
                FIRST_SCREEN_WIDTH + "x" + FIRST_SCREEN_HEIGHT).redirectErrorStream(true).start();
        render.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(render.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, render.exitValue());
        BufferedImage screen = ImageIO.read(png.toFile());
        assertEquals(FIRST_SCREEN_WIDTH, screen.getWidth());
        assertEquals(FIRST_SCREEN_HEIGHT, screen.getHeight());
        assertTrue(pixels(screen, 0xd6, 0x27, 0x28) > 100, "the failing hop's red (#d62728) on the first screen");
        assertTrue(pixels(screen, 0xe0, 0x7b, 0x00) > 100, "the path's orange arrows (#e07b00) on the first screen");
    }

    private static int pixels(BufferedImage image, int red, int green, int blue) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xff) - red) <= 6 && Math.abs((rgb >> 8 & 0xff) - green) <= 6
                        && Math.abs((rgb & 0xff) - blue) <= 6) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
