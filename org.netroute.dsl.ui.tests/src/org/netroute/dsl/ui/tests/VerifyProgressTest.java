package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.verify.CounterexamplesView;
import org.netroute.dsl.ui.verify.VerificationMarkers;
import org.netroute.dsl.ui.verify.VerifyJob;

/**
 * Verify on a file large enough that both engines work for a while: the Progress view names the
 * cluster, property and engine being checked, and canceling the running job ends it canceled,
 * leaving the view and the markers as they were.
 */
public class VerifyProgressTest {

	/** Six clusters of 30 nodes: each Alloy check takes a second or more, the whole run half a minute. */
	private static final String LARGE = GeneratedClusters.tunnel(6, 30);
	private static final Pattern SUBTASK = Pattern.compile(
			"Cluster (c\\d+): (reachability|no-loop|mtu) \\(([a-z]+(?: \\+ [a-z]+)*)\\)");

	@AfterEach
	public void cancelAndClose() {
		Job.getJobManager().cancel(VerifyJob.FAMILY);
		VerifyRuns.waitForNoVerify();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void progressViewNamesClusterPropertyAndEngineAsVerifyGoesOn() throws Exception {
		IFile file = Workbench.file("progress", "large.netroute", LARGE);
		Workbench.open(file);
		VerifyRuns.waitForNoVerify();
		ProgressViewText progress = ProgressViewText.open();
		Set<String> seen = new LinkedHashSet<>();
		try (VerifyRuns.Watcher watcher = new VerifyRuns.Watcher()) {
			VerifyRuns.execute();
			Workbench.waitUntil("the Progress view showing two subtasks, one of them Alloy's", () -> {
				progress.texts().forEach(text -> subtask(text, seen));
				return seen.size() >= 2 && seen.stream().anyMatch(subtask -> subtask.contains("alloy"));
			});
			Workbench.screenshot("progress-view-cluster-property-engine");
			assertTrue(seen.iterator().next().startsWith("Cluster c1: reachability"),
					"the run starts with the first cluster's first property: " + seen);
			assertEquals(null, watcher.result.get(), "the run was still going when its subtasks were seen");
		}
	}

	@Test
	public void cancelingARunningVerifyEndsItCanceledWithoutHalfResults() throws Exception {
		IFile file = Workbench.file("cancel-running", "large.netroute", LARGE);
		Workbench.open(file);
		VerifyRuns.waitForNoVerify();
		CounterexamplesView view = (CounterexamplesView) Workbench.page().showView(CounterexamplesView.ID);
		Object before = view.run().orElse(null);
		// the editor active first, so that the Progress view comes to the top of its stack
		Workbench.page().activate(Workbench.page().getActiveEditor());
		ProgressViewText progress = ProgressViewText.open();
		Set<String> seen = new LinkedHashSet<>();
		try (VerifyRuns.Watcher watcher = new VerifyRuns.Watcher()) {
			VerifyRuns.execute();
			Workbench.waitUntil("Verify running the Alloy engine", () -> {
				progress.texts().forEach(text -> subtask(text, seen));
				return seen.stream().anyMatch(subtask -> subtask.contains("alloy"));
			});
			Job[] running = Job.getJobManager().find(VerifyJob.FAMILY);
			assertEquals(1, running.length);
			assertEquals(Job.RUNNING, running[0].getState());
			running[0].cancel();
			// the guard of waitUntil only detects a hang: a run that ignored cancel would end OK, later
			Workbench.waitUntil("the canceled Verify to end", () -> watcher.result.get() != null);
			assertEquals(IStatus.CANCEL, watcher.result.get().getSeverity(), watcher.result.get().toString());
			Workbench.settle(500);
			assertEquals(before, view.run().orElse(null), "no result of the half run is shown");
			assertEquals(List.of(), Workbench.markers(file, VerificationMarkers.TYPE), "no marker of the half run");
		}
	}

	private static void subtask(String text, Set<String> seen) {
		Matcher matcher = SUBTASK.matcher(text);
		while (matcher.find()) {
			seen.add(matcher.group());
		}
	}
}
