package org.netroute.dsl.ui.tests;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.handlers.IHandlerService;
import org.netroute.dsl.ui.verify.CounterexamplesView;
import org.netroute.dsl.ui.verify.VerifyJob;

/** Runs "Verify NetRoute" as a user does (the command on the active part) and watches its job. */
final class VerifyRuns {

	static final String COMMAND = "org.netroute.dsl.ui.verify";

	private VerifyRuns() {
	}

	/** Executes the command and waits until the Counterexamples view shows the run it made. */
	static CounterexamplesView verify() throws Exception {
		AtomicReference<CounterexamplesView> shown = new AtomicReference<>();
		// an earlier test's Verify may still be handing its result to the view: it must land before
		// "the run shown before" is taken, or it would be mistaken for this run
		waitForNoVerify();
		Object before = Workbench.page().findView(CounterexamplesView.ID) instanceof CounterexamplesView view
				? view.run().orElse(null)
				: null;
		execute();
		Workbench.waitUntil("the Counterexamples view showing the new run", () -> {
			if (Workbench.page().findView(CounterexamplesView.ID) instanceof CounterexamplesView view
					&& view.run().isPresent() && view.run().get() != before) {
				shown.set(view);
			}
			return shown.get() != null;
		});
		return shown.get();
	}

	/** Executes the command on the active part; returns at once, as the command does. */
	static void execute() throws Exception {
		IHandlerService handlers = Workbench.page().getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(COMMAND, null);
	}

	/** Waits until no Verify job is left and what the last one handed to the view has landed. */
	static void waitForNoVerify() {
		Workbench.waitUntil("no Verify job left", () -> Job.getJobManager().find(VerifyJob.FAMILY).length == 0);
		Workbench.settle(300);
	}

	/** Records the end and the thread of the next Verify job (listeners must never block). */
	static final class Watcher extends JobChangeAdapter implements AutoCloseable {
		final AtomicReference<Thread> thread = new AtomicReference<>();
		final AtomicReference<IStatus> result = new AtomicReference<>();

		Watcher() {
			Job.getJobManager().addJobChangeListener(this);
		}

		@Override
		public void running(IJobChangeEvent event) {
			if (event.getJob() instanceof VerifyJob) {
				thread.set(Thread.currentThread());
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof VerifyJob) {
				result.set(event.getResult());
			}
		}

		@Override
		public void close() {
			Job.getJobManager().removeJobChangeListener(this);
		}
	}
}
