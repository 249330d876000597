package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.verify.CounterexamplesView;
import org.netroute.dsl.ui.verify.ResultRow;
import org.netroute.dsl.ui.verify.VerificationMarkers;
import org.netroute.dsl.ui.verify.VerificationRule;
import org.netroute.dsl.ui.verify.VerifyJob;

/** The "Verify NetRoute" command on example 04, whose firewall drops VXLAN between the racks. */
public class VerifyCommandTest {

	private static final String EXAMPLE = "04-tunnel-firewall-blocks-vxlan.netroute";

	@AfterEach
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void verifyShowsVerdictsAndCounterexampleAndMarksTheDeclarations() throws Exception {
		IFile file = Workbench.file("verify", EXAMPLE, Workbench.example(EXAMPLE));
		Workbench.sizeWindow();
		ITextEditor editor = Workbench.open(file);
		CounterexamplesView view = VerifyRuns.verify();

		assertEquals("/verify/" + EXAMPLE + " - engines alloy + interpreter, cross-checked", view.getContentDescription(),
				"by default Verify runs both engines, as the command line and Maven do, and the header says so");
		List<String> rows = view.visibleRows();
		assertEquals("cluster factory |  |  |  | ", rows.get(0));
		assertEquals("reachability: VIOLATED |  |  |  | ", rows.get(1));
		assertTrue(rows.get(2).startsWith("app-1 -> cache-1 | dist-router | "), rows.get(2));
		assertTrue(rows.get(2).endsWith(" | DENIED"), rows.get(2));
		assertTrue(rows.get(2).contains("(found by Alloy, confirmed by replay)"), rows.get(2));
		String lastHop = rows.stream().filter(row -> row.startsWith("hop ")).reduce((first, second) -> second).orElseThrow();
		assertTrue(lastHop.matches("hop \\d+ \\| dist-router \\| .* \\| \\d+ \\| DENIED"), lastHop);
		assertTrue(rows.contains("no-loop: PROVED |  |  |  | "), rows::toString);
		assertTrue(rows.contains("mtu: PROVED |  |  |  | "), rows::toString);
		assertTrue(view.canOpenHtmlReport(), "the HTML report was written");
		ShownResults.write(EXAMPLE, view.run().orElseThrow().result());

		List<IMarker> markers = Workbench.markers(file, VerificationMarkers.TYPE);
		List<Integer> lines = markers.stream().map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1)).sorted().toList();
		String text = Workbench.example(EXAMPLE);
		int denyRule = lineOf(text, "        deny udp port 8472");
		assertTrue(lines.contains(denyRule), "a marker on the rule that drops the packet: " + lines);
		assertTrue(lines.contains(lineOf(text, "        pod app-1 10.0.1.10")), "a marker on the sending pod: " + lines);
		assertTrue(lines.contains(lineOf(text, "        pod cache-1 10.0.3.10")), "a marker on the receiving pod: " + lines);
		assertTrue(markers.stream().allMatch(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
		IMarker denied = markers.stream().filter(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1) == denyRule).findFirst().orElseThrow();
		assertTrue(denied.getAttribute(IMarker.MESSAGE, "").startsWith("NetRoute: reachability VIOLATED in cluster 'factory' (app-1 -> cache-1"),
				denied.getAttribute(IMarker.MESSAGE, ""));
		Workbench.screenshot("counterexamples-view-and-markers");

		ResultRow.HopRow failing = failingHop(view);
		view.revealDeclaration(failing);
		Workbench.settle(200);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(failing.hop().declaration().orElseThrow().line(), selection.getStartLine() + 1);
	}

	@Test
	public void verifyRunsInAJobWhileTheUiThreadStaysResponsive() throws Exception {
		IFile file = Workbench.file("responsive", EXAMPLE, Workbench.example(EXAMPLE));
		Workbench.open(file);
		VerifyRuns.Watcher watcher = new VerifyRuns.Watcher();
		RuleHolder holder = new RuleHolder(file);
		try {
			// the command returns while the job cannot start (the rule is held): it does not wait for Verify
			VerifyRuns.execute();

			AtomicBoolean uiAnswered = new AtomicBoolean();
			Display.getCurrent().asyncExec(() -> uiAnswered.set(true));
			Workbench.waitUntil("the UI thread to run a queued runnable while Verify waits", uiAnswered::get);
			assertEquals(null, watcher.result.get(), "Verify has not run yet: the UI did not wait for it");

			holder.release();
			Workbench.waitUntil("Verify done", () -> watcher.result.get() != null);
			assertEquals(IStatus.OK, watcher.result.get().getSeverity());
			assertNotSame(Display.getCurrent().getThread(), watcher.thread.get(), "Verify does not run on the UI thread");
		} finally {
			holder.release();
			watcher.close();
		}
	}

	@Test
	public void cancelingVerifyLeavesViewAndMarkersAsTheyWere() throws Exception {
		IFile file = Workbench.file("cancel", EXAMPLE, Workbench.example(EXAMPLE));
		Workbench.open(file);
		// an earlier Verify may still be handing its result to the view: let it land first
		VerifyRuns.waitForNoVerify();
		CounterexamplesView view = (CounterexamplesView) Workbench.page().showView(CounterexamplesView.ID);
		Object before = view.run().orElse(null);
		Workbench.page().activate(Workbench.page().getActiveEditor());
		VerifyRuns.Watcher watcher = new VerifyRuns.Watcher();
		RuleHolder holder = new RuleHolder(file);
		try {
			VerifyRuns.execute();
			Workbench.waitUntil("the Verify job scheduled", () -> Job.getJobManager().find(VerifyJob.FAMILY).length == 1);
			Job.getJobManager().cancel(VerifyJob.FAMILY);
			holder.release();
			Workbench.waitUntil("Verify done", () -> watcher.result.get() != null);
			assertEquals(IStatus.CANCEL, watcher.result.get().getSeverity());
			Workbench.settle(300);
			assertEquals(before, view.run().orElse(null));
			assertEquals(List.of(), Workbench.markers(file, VerificationMarkers.TYPE));
		} finally {
			holder.release();
			watcher.close();
		}
	}

	/** A job that holds a file's verification rule until released, so a Verify of that file must wait. */
	private static final class RuleHolder extends Job {
		private final CountDownLatch released = new CountDownLatch(1);

		RuleHolder(IFile file) {
			super("holding the verification rule of " + file.getName());
			setRule(new VerificationRule(file));
			setSystem(true);
			schedule();
			Workbench.waitUntil("the rule held", () -> getState() == Job.RUNNING);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				released.await(Workbench.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		}

		void release() {
			released.countDown();
		}
	}

	private static ResultRow.HopRow failingHop(CounterexamplesView view) {
		ResultRow.CounterexampleRow counterexample = (ResultRow.CounterexampleRow) new ResultRow.PropertyRow(
				view.run().orElseThrow().result().clusters().get(0).properties().get(0)).children().get(0);
		return counterexample.children().stream().map(ResultRow.HopRow.class::cast)
				.filter(hop -> !hop.disposition().equals("forwarded")).findFirst().orElseThrow();
	}

	private static int lineOf(String text, String fragment) {
		int offset = text.indexOf(fragment);
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}

}
