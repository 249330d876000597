package org.netroute.tests.dsl;

import java.util.List;

import org.eclipse.xtext.validation.Issue;

/**
 * Measures parsing plus full validation of a generated cluster of 5,000 nodes with 10 pods each
 * (about 70,000 lines). Run it as README says; it prints the figures, it asserts nothing.
 */
public final class ParseBenchmark {

	private ParseBenchmark() {
	}

	public static void main(String[] args) {
		int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
		String text = cluster(nodes, 10);
		LanguageFixture language = new LanguageFixture();
		System.out.printf("generated %,d nodes, %,d lines, %,d bytes%n", nodes, text.lines().count(), text.length());
		for (int round = 1; round <= 5; round++) {
			long start = System.nanoTime();
			List<Issue> issues = language.issues(text);
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("round %d: parse + validate %,d ms, %d issues%n", round, millis, issues.size());
		}
	}

	/** A valid tunnel-mode cluster: nodes spread over /16 racks of 250, one /24 PodCIDR each. */
	static String cluster(int nodes, int podsPerNode) {
		StringBuilder text = new StringBuilder("cluster bench {\n    cilium {\n        routing-mode: tunnel\n    }\n");
		int racks = (nodes + 249) / 250;
		for (int rack = 0; rack < racks; rack++) {
			text.append("    segment rack").append(rack).append(" {\n        cidr: 10.").append(rack).append(".0.0/16\n    }\n");
		}
		for (int n = 0; n < nodes; n++) {
			int rack = n / 250;
			text.append("    node node").append(n).append(" {\n        address: 10.").append(rack).append(".0.").append(n % 250 + 1)
					.append(" on rack").append(rack).append("\n        pod-cidr: 100.").append(64 + n / 256).append('.').append(n % 256)
					.append(".0/24\n");
			for (int p = 0; p < podsPerNode; p++) {
				text.append("        pod pod").append(n).append('-').append(p).append(" 100.").append(64 + n / 256).append('.')
						.append(n % 256).append('.').append(p + 10).append('\n');
			}
			text.append("    }\n");
		}
		return text.append("}\n").toString();
	}
}
