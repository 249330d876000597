package org.netroute.checker.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.netroute.checker.report.Diagram.Box;
import org.netroute.checker.report.Diagram.Point;
import org.netroute.checker.report.Diagram.Wire;

/**
 * Draws a laid-out cluster as inline SVG with a counterexample on it: every move of the packet
 * as a numbered arrow along the wires it used (under the boxes, so it passes through a segment;
 * green and dashed where the wire carried it encrypted), the devices it visited outlined, and the
 * failing hop (device, and segment when it could not be crossed) in red. No scripts, no external
 * files.
 */
public final class SvgPicture {

    /** Starts the line of a device's box that says the packet fails there; drawn in red. */
    public static final String FAILURE_MARK = "\u2717";

    /** Starts the line of a node's box that says it encrypted the packet there. */
    public static final String ENCRYPTION_MARK = "\u25C6";

    private static final String PATH_COLOUR = "#e07b00";
    private static final String ENCRYPTED_COLOUR = "#2e7d32";
    private static final String FAILURE_COLOUR = "#d62728";

    public String draw(Diagram diagram, FailingPath path) {
        StringBuilder svg = new StringBuilder();
        double width = diagram.width();
        double height = diagram.height();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cluster\" width=\"%.0f\" height=\"%.0f\" "
                        + "viewBox=\"0 0 %.0f %.0f\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n",
                width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + PATH_COLOUR
                + "\"/></marker><marker id=\"arrow-encrypted\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                + "fill=\"" + ENCRYPTED_COLOUR + "\"/></marker></defs>\n");
        for (Wire wire : diagram.wires()) {
            boolean failing = path.failingSegment().filter(wire.segment()::equals).isPresent()
                    && wire.device().equals(path.failingDevice());
            svg.append(polyline(wire.points(), failing ? FAILURE_COLOUR : "#9aa5b1", failing ? 3 : 1.2,
                    failing ? " stroke-dasharray=\"6 4\"" : "", ""));
        }
        Set<String> visited = new HashSet<>();
        path.moves().forEach(move -> {
            visited.add(move.from());
            visited.add(move.to());
        });
        visited.add(path.failingDevice());
        StringBuilder numbers = new StringBuilder();
        Map<String, Integer> repeats = new HashMap<>();
        for (FailingPath.Move move : path.moves()) {
            Optional<Wire> out = diagram.wire(move.from(), move.segment());
            Optional<Wire> in = diagram.wire(move.to(), move.segment());
            if (out.isEmpty() || in.isEmpty()) {
                continue;
            }
            List<Point> points = new ArrayList<>(out.get().points());
            List<Point> back = new ArrayList<>(in.get().points());
            Collections.reverse(back);
            points.addAll(back);
            String colour = move.encrypted() ? ENCRYPTED_COLOUR : PATH_COLOUR;
            svg.append(polyline(points, colour, 3.5, move.encrypted()
                    ? " class=\"encrypted\" stroke-opacity=\"0.9\" stroke-dasharray=\"9 3\"" : " stroke-opacity=\"0.9\"",
                    move.encrypted() ? " marker-end=\"url(#arrow-encrypted)\"" : " marker-end=\"url(#arrow)\""));
            int repeat = repeats.merge(move.from() + ">" + move.to(), 1, Integer::sum) - 1;
            Point label = along(out.get().points(), Math.max(0.2, 0.5 - 0.15 * repeat));
            numbers.append(String.format(Locale.ROOT,
                    "<g class=\"hop-number\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"white\" font-weight=\"bold\" "
                            + "font-size=\"11\">%d</text></g>\n",
                    label.x(), label.y(), colour, label.x(), label.y() + 4, move.hop()));
        }
        for (Box box : diagram.boxes()) {
            svg.append(box(box, visited, path));
        }
        svg.append(numbers);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String box(Box box, Set<String> visited, FailingPath path) {
        if (box.kind() == Diagram.Kind.FOLD) {
            return fold(box);
        }
        boolean device = box.kind() != Diagram.Kind.SEGMENT;
        boolean failing = device ? box.name().equals(path.failingDevice())
                : path.failingSegment().filter(box.name()::equals).isPresent();
        boolean onPath = device && visited.contains(box.name());
        String fill = switch (box.kind()) {
            case SEGMENT -> "#e4effa";
            case ROUTER -> "#fdf1dc";
            case NODE, FOLD -> "#f4f5f7";
        };
        String stroke = failing ? FAILURE_COLOUR : onPath ? PATH_COLOUR : box.kind() == Diagram.Kind.SEGMENT ? "#5b8fc7"
                : "#8a939e";
        double strokeWidth = failing ? 3 : onPath ? 2.5 : 1;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<g class=\"%s%s\" data-name=\"%s\">", box.kind().name().toLowerCase(Locale.ROOT),
                failing ? " failing" : onPath ? " on-path" : "", Markup.escape(box.name())));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\" fill=\"%s\" stroke=\"%s\" "
                        + "stroke-width=\"%.1f\"/>",
                box.x(), box.y(), box.width(), box.height(), box.kind() == Diagram.Kind.ROUTER ? 10 : 4, fill, stroke,
                strokeWidth));
        double textY = box.y() + 17;
        for (int line = 0; line < box.lines().size(); line++) {
            String text = box.lines().get(line);
            String style = line == 0 ? " font-weight=\"bold\""
                    : text.startsWith(FAILURE_MARK) ? " class=\"failing-hop\" fill=\"" + FAILURE_COLOUR
                            + "\" font-weight=\"bold\" font-size=\"11\""
                    : text.startsWith(ENCRYPTION_MARK) ? " class=\"encrypting-hop\" fill=\"" + ENCRYPTED_COLOUR
                            + "\" font-weight=\"bold\" font-size=\"11\""
                            : " fill=\"#444\" font-size=\"11\"";
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>", box.x() + 8, textY, style,
                    Markup.escape(text)));
            textY += 15;
        }
        return svg.append("</g>\n").toString();
    }

    /** A box standing for what the picture leaves out: dashed, grey, its count first. */
    private static String fold(Box box) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<g class=\"fold\" data-name=\"%s\">", Markup.escape(box.name())));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"#eef0f3\" "
                        + "stroke=\"#8a939e\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>",
                box.x(), box.y(), box.width(), box.height()));
        double textY = box.y() + 17;
        for (int line = 0; line < box.lines().size(); line++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>", box.x() + 8, textY,
                    line == 0 ? " font-weight=\"bold\" fill=\"#52606d\"" : " fill=\"#52606d\" font-size=\"11\"",
                    Markup.escape(box.lines().get(line))));
            textY += 15;
        }
        return svg.append("</g>\n").toString();
    }

    /** The point at a fraction of a polyline's length. */
    private static Point along(List<Point> points, double fraction) {
        double total = 0;
        for (int index = 1; index < points.size(); index++) {
            total += distance(points.get(index - 1), points.get(index));
        }
        double remaining = total * fraction;
        for (int index = 1; index < points.size(); index++) {
            Point from = points.get(index - 1);
            Point to = points.get(index);
            double length = distance(from, to);
            if (remaining <= length && length > 0) {
                double share = remaining / length;
                return new Point(from.x() + (to.x() - from.x()) * share, from.y() + (to.y() - from.y()) * share);
            }
            remaining -= length;
        }
        return points.get(points.size() - 1);
    }

    private static double distance(Point from, Point to) {
        return Math.hypot(to.x() - from.x(), to.y() - from.y());
    }

    private static String polyline(List<Point> points, String colour, double width, String style, String marker) {
        StringBuilder coordinates = new StringBuilder();
        for (Point point : points) {
            coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
        }
        return String.format(Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linejoin=\"round\"%s%s/>\n",
                coordinates.toString().trim(), colour, width, style, marker);
    }
}
