package org.netroute.dsl.ui.verify;

import java.util.ArrayList;
import java.util.List;

import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Hop;
import org.netroute.checker.verify.HopWords;
import org.netroute.checker.verify.PropertyResult;
import org.netroute.checker.verify.Verdict;

/**
 * A row of the Counterexamples view: cluster, property verdict, counterexample, hop, or a message.
 * Each row knows its cells (verdict/what, device, action, bytes, disposition) and its children.
 */
public sealed interface ResultRow permits ResultRow.ClusterRow, ResultRow.PropertyRow, ResultRow.CounterexampleRow,
		ResultRow.HopRow, ResultRow.MessageRow {

	/** Column titles, in order. */
	List<String> COLUMNS = List.of("Verdict / path", "Device", "Action", "Bytes", "Disposition");

	String cell(int column);

	default List<ResultRow> children() {
		return List.of();
	}

	/** The top rows for a run: a message when the file could not be verified, else one row per cluster. */
	static List<ResultRow> of(FileResult result) {
		List<ResultRow> rows = new ArrayList<>();
		if (result.hasErrors()) {
			rows.add(new MessageRow(result.file() + " has errors; fix them before verifying"));
			for (Diagnostic diagnostic : result.diagnostics()) {
				if (diagnostic.isError()) {
					rows.add(new MessageRow("line " + diagnostic.line() + ": " + diagnostic.message()));
				}
			}
		}
		result.clusters().forEach(cluster -> rows.add(new ClusterRow(cluster)));
		return rows;
	}

	/** A cluster and its verdicts. */
	record ClusterRow(ClusterResult cluster) implements ResultRow {
		@Override
		public String cell(int column) {
			return column == 0 ? "cluster " + cluster.name() : "";
		}

		@Override
		public List<ResultRow> children() {
			return cluster.properties().stream().map(result -> (ResultRow) new PropertyRow(result)).toList();
		}
	}

	/** One property's verdict. */
	record PropertyRow(PropertyResult result) implements ResultRow {
		@Override
		public String cell(int column) {
			return switch (column) {
				case 0 -> result.property().id() + ": " + result.verdict().status();
				case 2 -> result.verdict() instanceof Verdict.Unknown unknown ? unknown.reason() : "";
				default -> "";
			};
		}

		@Override
		public List<ResultRow> children() {
			return result.verdict() instanceof Verdict.Violated violated
					? List.of(new CounterexampleRow(violated.counterexample()))
					: List.of();
		}
	}

	/** The failing packet: from, to, where and why it fails. */
	record CounterexampleRow(Counterexample counterexample) implements ResultRow {
		@Override
		public String cell(int column) {
			return switch (column) {
				case 0 -> counterexample.from() + " -> " + counterexample.to();
				case 1 -> counterexample.at();
				case 2 -> counterexample.explanation();
				case 4 -> String.valueOf(counterexample.disposition());
				default -> "";
			};
		}

		@Override
		public List<ResultRow> children() {
			List<ResultRow> hops = new ArrayList<>();
			int failing = counterexample.failingHopNumber() - 1;
			for (int index = 0; index < counterexample.hops().size(); index++) {
				hops.add(new HopRow(index + 1, counterexample.hops().get(index),
						index == failing ? String.valueOf(counterexample.disposition()) : "forwarded"));
			}
			return hops;
		}
	}

	/** One hop of a counterexample's path; double-click selects its declaration. */
	record HopRow(int number, Hop hop, String disposition) implements ResultRow {
		@Override
		public String cell(int column) {
			return switch (column) {
				case 0 -> "hop " + number;
				case 1 -> hop.device();
				case 2 -> HopWords.action(hop);
				case 3 -> String.valueOf(hop.bytes());
				case 4 -> disposition;
				default -> "";
			};
		}
	}

	/** A line of text (why nothing could be verified). */
	record MessageRow(String text) implements ResultRow {
		@Override
		public String cell(int column) {
			return column == 0 ? text : "";
		}
	}
}
