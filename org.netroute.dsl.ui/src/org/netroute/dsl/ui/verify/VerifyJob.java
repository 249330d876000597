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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.ClusterResult;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * Runs the checker on one file in the background: parse, then each cluster in turn, checking for
 * cancel every few milliseconds; then the HTML report, and the markers (in a workspace job that
 * briefly takes the file's rule), after which the run goes to {@code whenDone} (which shows it in
 * the Counterexamples view). Two runs on one file take
 * turns ({@link VerificationRule}); nothing else waits for a run.
 */
public class VerifyJob extends Job {

	/** The family of Verify jobs, for tests and for the progress view. */
	public static final Object FAMILY = VerifyJob.class;

	private static final long CANCEL_POLL_MILLIS = 50;

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
			NetRouteVerification checker = NetRouteVerification.instance();
			LoadedFile loaded = checker.loader.load(text, "platform:/resource" + file.getFullPath(), file.getName());
			progress.worked(1);
			List<ClusterResult> clusters = new ArrayList<>();
			SubMonitor clusterProgress = SubMonitor.convert(progress.split(7), Math.max(1, loaded.topologies().size()));
			for (Topology topology : loaded.topologies()) {
				clusterProgress.subTask("Verifying cluster " + topology.name());
				Optional<ClusterResult> cluster = verifyUnlessCanceled(checker, topology, clusterProgress);
				if (cluster.isEmpty()) {
					return Status.CANCEL_STATUS;
				}
				clusters.add(cluster.get());
				clusterProgress.worked(1);
			}
			FileResult result = new FileResult(file.getName(), loaded.diagnostics(), clusters);
			List<Involvement> involvements = new ArrayList<>();
			for (ClusterResult cluster : clusters) {
				involvements.addAll(InvolvedDeclarations.of(cluster,
						loaded.topologies().stream().filter(t -> t.name().equals(cluster.name())).findFirst()));
			}
			Optional<Path> report = htmlReport(result, loaded);
			progress.worked(2);
			if (canceled || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			VerificationRun run = new VerificationRun(file, result, report);
			VerificationMarkers.replaceLater(file, text, involvements, () -> whenDone.accept(run));
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}

	/** The cluster's result, or empty if the user canceled while the engine was working. */
	private Optional<ClusterResult> verifyUnlessCanceled(NetRouteVerification checker, Topology topology,
			IProgressMonitor monitor) throws InterruptedException, CoreException {
		CompletableFuture<ClusterResult> result = CompletableFuture.supplyAsync(() -> checker.verifier.verify(topology));
		while (true) {
			if (monitor.isCanceled() || canceled) {
				result.cancel(true);
				return Optional.empty();
			}
			try {
				return Optional.of(result.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS));
			} catch (TimeoutException e) {
				// still verifying: look at the monitor again
			} catch (ExecutionException e) {
				throw new CoreException(Status.error("Verifying cluster " + topology.name() + " failed: " + e.getCause(),
						e.getCause()));
			}
		}
	}

	private Optional<Path> htmlReport(FileResult result, LoadedFile loaded) {
		Path directory = Platform.getStateLocation(Platform.getBundle(NetRouteLanguage.PLUGIN_ID)).toPath().resolve("reports");
		Path report = directory.resolve(file.getFullPath().toString().substring(1).replace('/', '_') + ".html");
		try {
			Files.createDirectories(directory);
			try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
				new HtmlReport().write(List.of(result), verified -> loaded.topologies(), writer);
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
