package org.netroute.dsl.ui.outline;

import java.util.List;
import java.util.Locale;

/**
 * One line of the outline: what is declared (cluster, segment, router, node), its name, a detail
 * (CIDR, address) and where the declaration stands in the text. A plain value, so the outline never
 * holds on to a parse tree.
 */
public record OutlineEntry(Kind kind, String name, String detail, int offset, int length, List<OutlineEntry> children) {

	/** The declarations the outline shows. */
	public enum Kind { CLUSTER, SEGMENT, ROUTER, NODE }

	public OutlineEntry {
		children = List.copyOf(children);
	}

	public String label() {
		String keyword = kind.name().toLowerCase(Locale.ROOT);
		return keyword + " " + name + (detail == null || detail.isEmpty() ? "" : "  " + detail);
	}
}
