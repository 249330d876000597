package org.netroute.dsl.ui.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Property;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * Runs the checker's pipeline on one file in the background, with progress per cluster and
 * property and cancel through the job's monitor; then the HTML report, and the markers (in a workspace job that
 * briefly takes the file's rule), after which the run goes to {@code whenDone} (which shows it in
 * the Counterexamples view). Two runs on one file take
 * turns ({@link VerificationRule}); nothing else waits for a run.
 */
public class VerifyJob extends Job {

	/** The family of Verify jobs, for tests and for the progress view. */
	public static final Object FAMILY = VerifyJob.class;

	private final IFile file;
	private final String editorText;
	private final Consumer<VerificationRun> whenDone;
	private volatile boolean canceled;

	/**
	 * @param editorText the editor's text when Verify runs from an editor (it may be unsaved); null
	 *                   to read the file
	 */
	public VerifyJob(IFile file, String editorText, Consumer<VerificationRun> whenDone) {
		super("Verify NetRoute: " + file.getName());
		this.file = file;
		this.editorText = editorText;
		this.whenDone = whenDone;
		setUser(true);
		setRule(new VerificationRule(file));
	}

	@Override
	protected void canceling() {
		canceled = true;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			String text = editorText != null ? editorText : read(file);
			progress.subTask("Parsing " + file.getName());
			FileResult result = NetRouteVerification.instance().verifier.verify(text,
					"platform:/resource" + file.getFullPath(), file.getName(), new JobMonitor(progress.split(8)));
			List<Involvement> involvements = new ArrayList<>();
			for (ClusterResult cluster : result.clusters()) {
				involvements.addAll(InvolvedDeclarations.of(cluster, cluster.topology()));
			}
			Optional<Path> report = htmlReport(result);
			progress.worked(2);
			if (canceled || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			VerificationRun run = new VerificationRun(file, result, report);
			VerificationMarkers.replaceLater(file, text, involvements, () -> whenDone.accept(run));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** The pipeline's progress and cancel questions, answered by this job's monitor. */
	private final class JobMonitor implements Monitor {

		private final SubMonitor progress;

		JobMonitor(SubMonitor progress) {
			this.progress = progress;
		}

		@Override
		public void begin(String fileName, int units) {
			progress.setWorkRemaining(Math.max(1, units));
		}

		@Override
		public void checking(String cluster, Property property, String engine) {
			progress.subTask("Cluster " + cluster + ": " + property.id() + " (" + engine + ")");
		}

		@Override
		public void decided(String cluster, Property property) {
			progress.worked(1);
		}

		@Override
		public boolean canceled() {
			return canceled || progress.isCanceled();
		}
	}

	private Optional<Path> htmlReport(FileResult result) {
		Path directory = Platform.getStateLocation(Platform.getBundle(NetRouteLanguage.PLUGIN_ID)).toPath().resolve("reports");
		Path report = directory.resolve(file.getFullPath().toString().substring(1).replace('/', '_') + ".html");
		try {
			Files.createDirectories(directory);
			try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
				new HtmlReport().write(List.of(result), writer);
			}
			return Optional.of(report);
		} catch (IOException | RuntimeException | LinkageError e) {
			Platform.getLog(VerifyJob.class).warn("NetRoute: no HTML report for " + file.getFullPath() + ": " + e, e);
			return Optional.empty();
		}
	}

	private static String read(IFile file) throws CoreException {
		try (InputStream contents = file.getContents(true)) {
			return new String(contents.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}
}
