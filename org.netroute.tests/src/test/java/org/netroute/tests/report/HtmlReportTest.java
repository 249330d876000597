package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.ReportDirectory;
import org.netroute.checker.report.ReportFormat;
import org.netroute.checker.verify.FileResult;

/** The HTML report: one self-contained page, a verdict row per property, a picture per counterexample. */
class HtmlReportTest {

    private static String report(List<FileResult> files) {
        StringWriter out = new StringWriter();
        new HtmlReport().write(files, out);
        return out.toString();
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void violationGetsAPictureWithTheFailingDeviceMarked() {
        String html = report(List.of(Reports.verify(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute"))));
        assertEquals(1, count(html, "<svg "), "one counterexample, one picture");
        assertTrue(html.contains("<g class=\"router failing\" data-name=\"dist-router\">"), "failing device in red");
        assertTrue(html.contains("<g class=\"node on-path\" data-name=\"worker-a1\">"), "sender on the path");
        assertTrue(html.contains("class=\"failing-hop\"") && html.contains("\u2717 hop 3: DENIED"), "failing hop named in its box");
        assertTrue(html.contains("<tr class=\"failing\"><td>3</td><td>dist-router</td>"), "failing row of the hop table");
        assertEquals(3, count(html, "<span class=\"verdict (PROVED|VIOLATED|UNKNOWN)\">[A-Z]+</span></td>"),
                "one verdict row per property");
    }

    @Test
    void encryptedMovesAreDrawnApartAndTheEncryptingNodeSaysSo() {
        String html = report(List.of(Reports.verify(Reports.example("20-wireguard-firewall-passes-only-vxlan.netroute"))));
        assertEquals(1, count(html, "<polyline [^>]*class=\"encrypted\""), "the one move of the WireGuard packet");
        assertTrue(html.contains("class=\"encrypting-hop\"") && html.contains("hop 2: encrypt WireGuard"),
                "the node that encrypted names the hop in its box");
        assertTrue(html.contains("encrypt WireGuard to node-b1 (192.168.2.11), UDP 51871, +74 bytes"), "the hop table");
    }

    @Test
    void everyMoveOfTheLoopIsDrawnAndNumbered() {
        String html = report(List.of(Reports.verify(Reports.example("12-static-route-loop.netroute"))));
        assertTrue(count(html, "class=\"hop-number\"") >= 2, "a loop has at least two moves");
        assertTrue(html.contains("LOOP"), html);
    }

    @Test
    void mtuViolationMarksTheSegmentThatCannotBeCrossed() {
        String html = report(List.of(Reports.verify(Reports.resource("fifty-nodes-wan-mtu.netroute"))));
        assertTrue(html.contains("<g class=\"segment failing\" data-name=\"wan\">"), "the 1400-byte link in red");
        assertTrue(html.contains("<g class=\"router failing\" data-name=\"core\">"));
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        String html = report(List.of(Reports.verify(Reports.example("05-tunnel-low-mtu-link.netroute"))));
        String withoutNamespaces = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutNamespaces.contains("http"), "no external stylesheet, script, font or image");
        assertFalse(html.contains("<script"));
    }

    @Test
    void provedRunHasVerdictsAndNoPicture() {
        String html = report(List.of(Reports.verify(Reports.example("01-tunnel-vxlan-one-segment.netroute"))));
        assertEquals(0, count(html, "<svg "));
        assertEquals(3, count(html, "<span class=\"verdict PROVED\">PROVED</span></td>"));
    }

    @Test
    void reportFolderGetsOneFilePerFormat() throws IOException {
        Path folder = Reports.outputDirectory();
        List<FileResult> results = List.of(Reports.verify(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute")),
                Reports.verify(Reports.example("05-tunnel-low-mtu-link.netroute")),
                Reports.verify(Reports.resource("fifty-nodes-wan-mtu.netroute")));
        List<Path> written = new ReportDirectory(folder)
                .write(results, List.of(ReportFormat.values()));
        assertEquals(List.of("netroute.txt", "netroute.json", "TEST-netroute.xml", "netroute.html", "netroute.sarif"),
                written.stream().map(path -> path.getFileName().toString()).toList());
        String html = Files.readString(folder.resolve("netroute.html"), StandardCharsets.UTF_8);
        assertEquals(3, count(html, "<svg "));
    }
}
