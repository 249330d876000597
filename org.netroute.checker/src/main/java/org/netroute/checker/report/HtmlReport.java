package org.netroute.checker.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * One self-contained page per run, for people: the verdict table, and for every counterexample
 * a picture of the failing path drawn hop by hop on the devices and segments it touches (the
 * rest of a large cluster folded, see {@link ClusterExcerpt}), plus its hop table. Inline CSS
 * and SVG only, so the page can be archived by CI and opened anywhere.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px 32px; color: #1f2933; }
            h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 36px; }
            table { border-collapse: collapse; margin: 12px 0; font-size: 13px; }
            th, td { border: 1px solid #d0d5db; padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: #f0f2f5; }
            .PROVED { background: #2e7d32; } .VIOLATED { background: #c62828; } .UNKNOWN { background: #8d6e00; }
            .verdict { color: white; font-weight: bold; padding: 2px 8px; border-radius: 4px; font-size: 12px; }
            .summary span { margin-right: 10px; }
            .picture { overflow: auto; max-height: 1100px; border: 1px solid #d0d5db; background: #fcfcfd; }
            .excerpt svg { max-width: 100%; height: auto; }
            tr.failing td { background: #fde8e8; font-weight: bold; }
            .legend { font-size: 12px; color: #52606d; }
            .error { color: #c62828; } .warning { color: #8d6e00; }
            code { background: #f0f2f5; padding: 1px 4px; }
            """;

    private final ClusterLayout layout = new ClusterLayout();
    private final SvgPicture picture = new SvgPicture();

    public void write(List<FileResult> files, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.println("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">");
        out.println("<title>NetRoute report</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>NetRoute verification report</h1>");
        summary(files, out);
        diagnostics(files, out);
        verdicts(files, out);
        int number = 0;
        for (FileResult file : files) {
            for (ClusterResult cluster : file.clusters()) {
                for (PropertyResult result : cluster.properties()) {
                    if (result.verdict() instanceof Verdict.Violated violated) {
                        counterexample(++number, file, cluster, result, violated.counterexample(), cluster.topology(),
                                out);
                    }
                }
            }
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void summary(List<FileResult> files, PrintWriter out) {
        long clusters = files.stream().mapToLong(file -> file.clusters().size()).sum();
        out.printf("<p class=\"summary\">%d file(s), %d cluster(s): ", files.size(), clusters);
        for (Verdict.Status status : Verdict.Status.values()) {
            long count = files.stream().flatMap(file -> file.clusters().stream())
                    .flatMap(cluster -> cluster.properties().stream())
                    .filter(result -> result.verdict().status() == status).count();
            out.printf("<span><span class=\"verdict %s\">%s</span> %d</span>", status, status, count);
        }
        long invalid = files.stream().filter(FileResult::hasErrors).count();
        if (invalid > 0) {
            out.printf("<span class=\"error\">%d file(s) with errors, not verified</span>", invalid);
        }
        out.println("</p>");
    }

    private static void diagnostics(List<FileResult> files, PrintWriter out) {
        if (files.stream().allMatch(file -> file.diagnostics().isEmpty())) {
            return;
        }
        out.println("<h2>Diagnostics</h2><table><tr><th>where</th><th>severity</th><th>message</th></tr>");
        for (FileResult file : files) {
            for (Diagnostic diagnostic : file.diagnostics()) {
                out.printf("<tr><td><code>%s:%d:%d</code></td><td class=\"%s\">%s</td><td>%s</td></tr>%n",
                        Markup.escape(file.file()), diagnostic.line(), diagnostic.column(), diagnostic.severity().word(),
                        diagnostic.severity().word(), Markup.escape(diagnostic.message()));
            }
        }
        out.println("</table>");
    }

    private static void verdicts(List<FileResult> files, PrintWriter out) {
        out.println("<h2>Verdicts</h2><table><tr><th>file</th><th>cluster</th><th>property</th><th>verdict</th>"
                + "<th>ms</th><th>why</th></tr>");
        StringBuilder bases = new StringBuilder();
        int number = 0;
        for (FileResult file : files) {
            for (ClusterResult cluster : file.clusters()) {
                for (PropertyResult result : cluster.properties()) {
                    String why = "";
                    if (result.verdict() instanceof Verdict.Violated violated) {
                        why = "<a href=\"#counterexample-" + ++number + "\">"
                                + Markup.escape(CounterexampleWords.summary(violated.counterexample())) + "</a>";
                    } else if (result.verdict() instanceof Verdict.Unknown unknown) {
                        why = Markup.escape(unknown.reason());
                    }
                    out.printf("<tr><td>%s</td><td>%s</td><td>%s</td><td><span class=\"verdict %s\">%s</span></td>"
                            + "<td>%d</td><td>%s</td></tr>%n", Markup.escape(file.file()), Markup.escape(cluster.name()),
                            result.property().id(), result.verdict().status(), result.verdict().status(),
                            result.millis(), why);
                }
                for (String basis : cluster.proofBases()) {
                    bases.append("<li>cluster ").append(Markup.escape(cluster.name())).append(": ")
                            .append(Markup.escape(basis)).append("</li>");
                }
            }
        }
        out.println("</table>");
        if (!bases.isEmpty()) {
            out.println("<p>What the proofs ran on:</p><ul class=\"bases\">" + bases + "</ul>");
        }
    }

    private void counterexample(int number, FileResult file, ClusterResult cluster, PropertyResult result,
            Counterexample counterexample, Optional<Topology> topology, PrintWriter out) {
        out.printf("<section id=\"counterexample-%d\"><h2>%s · cluster %s · %s <span class=\"verdict VIOLATED\">"
                + "VIOLATED</span></h2>%n", number, Markup.escape(file.file()), Markup.escape(cluster.name()),
                result.property().id());
        out.printf("<p><b>%s &rarr; %s: %s at %s.</b> %s</p>%n", Markup.escape(counterexample.from()),
                Markup.escape(counterexample.to()), counterexample.disposition(), Markup.escape(counterexample.at()),
                Markup.escape(counterexample.explanation()));
        if (!counterexample.hint().isEmpty()) {
            out.printf("<p>Hint: %s</p>%n", Markup.escape(counterexample.hint()));
        }
        if (topology.isPresent()) {
            FailingPath path = FailingPath.of(counterexample, topology.get());
            String start = counterexample.hops().isEmpty() ? counterexample.from() : counterexample.hops().get(0).device();
            Map<String, String> notes = new LinkedHashMap<>();
            path.encryptions().forEach(encryption -> notes.putIfAbsent(encryption.device(), SvgPicture.ENCRYPTION_MARK
                    + " hop " + encryption.hop() + ": encrypt " + encryption.scheme()));
            notes.put(counterexample.at(), SvgPicture.FAILURE_MARK + " hop " + path.failingHop() + ": "
                    + counterexample.disposition());
            ClusterExcerpt excerpt = ClusterExcerpt.of(topology.get(), counterexample, path);
            Diagram diagram = layout.layOut(topology.get(), excerpt, start,
                    Set.of(counterexample.from(), counterexample.to()), notes);
            out.println("<div class=\"picture" + (excerpt.isWhole() ? "" : " excerpt") + "\">"
                    + picture.draw(diagram, path) + "</div>");
            out.println("<p class=\"legend\">Blue: segments (L2 networks, with CIDR and MTU); rounded beige: routers; "
                    + "grey: nodes (address and PodCIDR)" + (excerpt.isWhole() ? ""
                            : "; dashed grey: the rest of the cluster, folded (the picture draws the "
                                    + ClusterExcerpt.count(excerpt.devices().size(), "device") + " and "
                                    + ClusterExcerpt.count(excerpt.segments().size(), "segment")
                                    + " of the path and its ends, of "
                                    + ClusterExcerpt.count(topology.get().nodes().size(), "node") + ", "
                                    + ClusterExcerpt.count(topology.get().routers().size(), "router") + " and "
                                    + ClusterExcerpt.count(topology.get().segments().size(), "segment") + ")")
                    + ". Orange arrows: the packet's moves, numbered by the hop that "
                    + "sent it (see the table); green dashed arrows: moves the wire carried encrypted (WireGuard or "
                    + "IPsec); red: where it fails.</p>");
        } else {
            out.println("<p class=\"legend\">(No picture: the cluster could not be read again.)</p>");
        }
        out.println("<table><tr><th>hop</th><th>device</th><th>action</th><th>bytes</th><th>declared at</th></tr>");
        List<Hop> hops = counterexample.hops();
        for (int index = 0; index < hops.size(); index++) {
            Hop hop = hops.get(index);
            boolean failing = index + 1 == counterexample.failingHopNumber();
            out.printf("<tr%s><td>%d</td><td>%s</td><td>%s%s</td><td>%d</td><td>%s</td></tr>%n",
                    failing ? " class=\"failing\"" : "", index + 1, Markup.escape(hop.device()),
                    Markup.escape(HopWords.action(hop)), failing ? " &#x2717; " + counterexample.disposition() : "", hop.bytes(),
                    hop.declaration().filter(location -> location.line() > 0)
                            .map(location -> String.format(Locale.ROOT, "line %d", location.line())).orElse(""));
        }
        out.println("</table></section>");
    }
}
