package org.netroute.checker.report;

import java.util.List;
import java.util.Optional;

/**
 * A cluster laid out for drawing: a box per segment, router and node drawn, one per fold of the
 * rest, and a wire per attachment of a device to a segment (or of either to a fold). Pure geometry, independent of SVG, so the layout can be tested.
 */
public record Diagram(double width, double height, List<Box> boxes, List<Wire> wires) {

    public Diagram {
        boxes = List.copyOf(boxes);
        wires = List.copyOf(wires);
    }

    /**
     * What a box stands for; a segment and a device may share a name, so boxes are found by both. A
     * fold stands for the devices and segments a picture leaves out (see {@link ClusterExcerpt}).
     */
    public enum Kind { SEGMENT, ROUTER, NODE, FOLD }

    /** A point in the picture, in pixels from the top left corner. */
    public record Point(double x, double y) {
    }

    /** One segment, router or node, with the lines of text written in it (the first is its name). */
    public record Box(Kind kind, String name, double x, double y, double width, double height, List<String> lines) {

        public Box {
            lines = List.copyOf(lines);
        }

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /** A device's attachment to a segment, drawn from the device's box to the segment's box. */
    public record Wire(String device, String segment, List<Point> points) {

        public Wire {
            points = List.copyOf(points);
        }
    }

    /** The box of a device (node or router) by name. */
    public Optional<Box> device(String name) {
        return boxes.stream().filter(box -> (box.kind() == Kind.NODE || box.kind() == Kind.ROUTER)
                && box.name().equals(name)).findFirst();
    }

    /** The folds, in the order the excerpt made them. */
    public List<Box> folds() {
        return boxes.stream().filter(box -> box.kind() == Kind.FOLD).toList();
    }

    public Optional<Box> segment(String name) {
        return boxes.stream().filter(box -> box.kind() == Kind.SEGMENT && box.name().equals(name)).findFirst();
    }

    public Optional<Wire> wire(String device, String segment) {
        return wires.stream().filter(wire -> wire.device().equals(device) && wire.segment().equals(segment))
                .findFirst();
    }
}
