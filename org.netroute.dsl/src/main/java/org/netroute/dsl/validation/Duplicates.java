package org.netroute.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Declarations that repeat the key of an earlier one, found in one pass (linear in their number),
 * so that a rule of uniqueness reports the later declaration, where the user added the second.
 */
final class Duplicates {

	private Duplicates() {
	}

	/** Each declaration whose key an earlier one has; a null key is no key (nothing to compare). */
	static <T, K> List<T> later(List<T> declarations, Function<T, K> key) {
		Set<K> seen = new HashSet<>();
		List<T> later = new ArrayList<>();
		for (T declaration : declarations) {
			K value = key.apply(declaration);
			if (value != null && !seen.add(value)) {
				later.add(declaration);
			}
		}
		return later;
	}
}
