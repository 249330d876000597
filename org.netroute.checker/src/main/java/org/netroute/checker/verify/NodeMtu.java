package org.netroute.checker.verify;

/** The MTU Cilium gives one node's pods, reported so users see what their pods will use. */
public record NodeMtu(String node, int podMtu) {
}
