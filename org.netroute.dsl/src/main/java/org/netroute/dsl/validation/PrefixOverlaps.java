package org.netroute.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.netroute.dsl.address.Ipv4Text;

/**
 * Finds overlapping prefixes among many in O(n log n): two prefix blocks overlap exactly when one
 * contains the other, so after sorting by first address each block need only be compared with
 * the widest block still open. Clusters of thousands of nodes validate as fast as small ones.
 */
final class PrefixOverlaps {

	/** A prefix (an {@link Ipv4Text#cidrValue}) and whoever declared it. */
	record Declared<T>(T owner, long block) {
		long first() {
			return Ipv4Text.network(block);
		}

		long last() {
			return Ipv4Text.last(block);
		}
	}

	/** An overlap: {@code later} comes after {@code earlier} in address order, or is nested in it. */
	record Overlap<T>(Declared<T> later, Declared<T> earlier) {
	}

	private PrefixOverlaps() {
	}

	static <T> List<Overlap<T>> find(List<Declared<T>> declared) {
		List<Declared<T>> sorted = new ArrayList<>(declared);
		sorted.sort(Comparator.comparingLong((Declared<T> d) -> d.first()).thenComparing(d -> -d.last()));
		List<Overlap<T>> overlaps = new ArrayList<>();
		Declared<T> open = null;
		for (Declared<T> current : sorted) {
			if (open != null && current.first() <= open.last()) {
				overlaps.add(new Overlap<>(current, open));
			}
			if (open == null || current.last() > open.last()) {
				open = current;
			}
		}
		return overlaps;
	}
}
