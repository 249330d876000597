package org.netroute.dsl.ui.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.netroute.checker.topology.SourceLocation;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * Which declarations a cluster's verdicts point at: for a violated property, the pods at both
 * ends and every declaration a hop of the counterexample used (the failing hop says why); for an
 * undecided one, the cluster itself. One involvement per line and property.
 */
public final class InvolvedDeclarations {

	private InvolvedDeclarations() {
	}

	public static List<Involvement> of(ClusterResult cluster, Optional<Topology> topology) {
		List<Involvement> involvements = new ArrayList<>();
		for (PropertyResult result : cluster.properties()) {
			String property = result.property().id();
			if (result.verdict() instanceof Verdict.Violated violated) {
				involvements.addAll(violated(cluster.name(), property, violated.counterexample(), topology));
			} else if (result.verdict() instanceof Verdict.Unknown unknown) {
				int line = topology.map(t -> t.location().line()).orElse(0);
				if (line > 0) {
					involvements.add(new Involvement(line, false,
							"NetRoute: " + property + " UNKNOWN for cluster '" + cluster.name() + "': " + unknown.reason()));
				}
			}
		}
		return involvements;
	}

	private static List<Involvement> violated(String cluster, String property, Counterexample counterexample,
			Optional<Topology> topology) {
		String path = counterexample.from() + " -> " + counterexample.to();
		String verdict = "NetRoute: " + property + " VIOLATED in cluster '" + cluster + "' (" + path + ", "
				+ counterexample.disposition() + " at " + counterexample.at() + ")";
		Map<Integer, String> byLine = new LinkedHashMap<>();
		topology.flatMap(t -> t.pod(counterexample.from())).ifPresent(pod -> put(byLine, pod.location(),
				verdict + ": the packet starts at this pod"));
		topology.flatMap(t -> t.pod(counterexample.to())).ifPresent(pod -> put(byLine, pod.location(),
				verdict + ": the packet is for this pod"));
		List<Hop> hops = counterexample.hops();
		for (int index = 0; index < hops.size(); index++) {
			Hop hop = hops.get(index);
			boolean failing = index + 1 == counterexample.failingHopNumber();
			String message = verdict + ": hop " + (index + 1) + " at " + hop.device() + ", " + HopWords.action(hop)
					+ (failing ? " - fails here: " + counterexample.explanation() : "");
			hop.declaration().ifPresent(location -> {
				if (failing) {
					byLine.put(location.line(), message);
				} else {
					put(byLine, location, message);
				}
			});
		}
		List<Involvement> involvements = new ArrayList<>();
		byLine.forEach((line, message) -> involvements.add(new Involvement(line, true, message)));
		return involvements;
	}

	private static void put(Map<Integer, String> byLine, SourceLocation location, String message) {
		if (location.line() > 0) {
			byLine.putIfAbsent(location.line(), message);
		}
	}
}
