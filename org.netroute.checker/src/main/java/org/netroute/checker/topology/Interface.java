package org.netroute.checker.topology;

/** A router's interface: an address on a segment, which attaches the router to it. */
public record Interface(String name, Ipv4Address address, String segment, SourceLocation location) {
}
