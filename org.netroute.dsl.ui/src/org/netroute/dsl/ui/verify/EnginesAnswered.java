package org.netroute.dsl.ui.verify;

import java.util.LinkedHashSet;
import java.util.Set;

import org.netroute.checker.verify.Answer;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.PropertyResult;

/**
 * The engines that really answered in a run, in words for the Counterexamples view's header, so
 * the header cannot claim an engine the verdicts did not come from.
 */
final class EnginesAnswered {

	private EnginesAnswered() {
	}

	/** E.g. "engines alloy + interpreter, cross-checked", "engine interpreter", "no engine ran". */
	static String of(FileResult result) {
		Set<String> engines = new LinkedHashSet<>();
		for (ClusterResult cluster : result.clusters()) {
			for (PropertyResult property : cluster.properties()) {
				property.answers().stream().map(Answer::engine).forEach(engines::add);
			}
		}
		if (engines.isEmpty()) {
			return "no engine ran";
		}
		return engines.size() == 1 ? "engine " + engines.iterator().next()
				: "engines " + String.join(" + ", engines) + ", cross-checked";
	}
}
