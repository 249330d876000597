package org.netroute.releng.installtest.driver;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.osgi.framework.Bundle;

/**
 * What a person does after installing NetRoute: open a .netroute file with a mistake, see its
 * error marker, apply the quick fix, save, run Verify NetRoute, read the Counterexamples view and
 * the markers it leaves. NetRoute is reached only by the IDs its plugin.xml declares.
 */
final class UserSession {

	static final String PROBLEM_MARKER = "org.netroute.dsl.ui.problem";
	static final String VERIFICATION_MARKER = "org.netroute.dsl.ui.verification";
	static final String VERIFY_COMMAND = "org.netroute.dsl.ui.verify";
	static final String COUNTEREXAMPLES_VIEW = "org.netroute.dsl.ui.counterexamples";
	static final String PROBLEMS_VIEW = "org.eclipse.ui.views.ProblemView";
	private static final List<String> BUNDLES = List.of("org.netroute.dsl", "org.netroute.dsl.ide",
			"org.netroute.checker", "org.netroute.dsl.ui", "org.eclipse.xtext", "org.alloytools.alloy.core",
			"org.sat4j.core");
	/** Guards against a hang only: every step takes seconds. */
	private static final Duration LIMIT = Duration.ofMinutes(3);

	private final SessionReport report;
	private final Path source;

	UserSession(SessionReport report, Path source) {
		this.report = report;
		this.source = source;
	}

	void run() throws Exception {
		Ui.call(() -> {
			Ui.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 860);
			return null;
		});
		installedBundles();
		IFile file = Ui.call(this::newFile);
		ITextEditor editor = Ui.call(() -> (ITextEditor) IDE.openEditor(Ui.page(), file).getAdapter(ITextEditor.class));
		report.put("editor.id", Ui.call(() -> editor.getSite().getId()));
		Ui.await("an error marker from the NetRoute validator", LIMIT, () -> !errors(file).isEmpty());
		IMarker error = Ui.call(() -> errors(file).get(0));
		report.put("problem.error", Ui.call(() -> error.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
				+ error.getAttribute(IMarker.MESSAGE, "")));
		Ui.call(() -> {
			Ui.page().showView(PROBLEMS_VIEW);
			IDE.gotoMarker(editor, error);
			return null;
		});
		Ui.screenshot(report.folder(), "installed-markers");

		// validation may run again (editor, then builder) and replace the marker: ask the current one
		Ui.await("a quick fix offered for the current error marker", LIMIT,
				() -> errors(file).stream().anyMatch(marker -> IDE.getMarkerHelpRegistry().getResolutions(marker).length > 0));
		report.put("quickfix", Ui.call(() -> quickFix(errors(file).stream()
				.filter(marker -> IDE.getMarkerHelpRegistry().getResolutions(marker).length > 0).findFirst().orElseThrow())));
		Ui.call(() -> {
			editor.doSave(null);
			return null;
		});
		Ui.await("the error gone after the quick fix", LIMIT, () -> errors(file).isEmpty());

		Ui.call(() -> {
			Ui.page().activate(editor);
			Ui.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(VERIFY_COMMAND, null);
			return null;
		});
		Ui.await("the Counterexamples view showing the verdicts and markers on the declarations", LIMIT,
				() -> !counterexampleRows().isEmpty() && !markers(file, VERIFICATION_MARKER).isEmpty());
		report.put("view.header", Ui.call(() -> view().map(view -> ((IWorkbenchPart2) view).getContentDescription()).orElse("")));
		List<String> rows = Ui.call(this::counterexampleRows);
		for (int index = 0; index < rows.size(); index++) {
			report.put("view.row." + (index + 1), rows.get(index));
		}
		List<String> verification = Ui.call(() -> markers(file, VERIFICATION_MARKER).stream()
				.sorted(Comparator.comparingInt(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0)))
				.map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + marker.getAttribute(IMarker.MESSAGE, ""))
				.toList());
		for (int index = 0; index < verification.size(); index++) {
			report.put("verification.marker." + (index + 1), verification.get(index));
		}
		Ui.call(() -> {
			markers(file, VERIFICATION_MARKER).stream()
					.filter(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains("fails here"))
					.findFirst().ifPresent(failing -> IDE.gotoMarker(editor, failing));
			return null;
		});
		Ui.screenshot(report.folder(), "installed-verify");
	}

	/** Where NetRoute's bundles and what they run on came from, and whether they started. */
	private void installedBundles() {
		for (String name : BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			report.put("bundle." + name, bundle == null ? "absent"
					: bundle.getVersion() + " " + bundle.getLocation());
		}
	}

	private IFile newFile() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("factory");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(source.getFileName().toString());
		file.create(new ByteArrayInputStream(Files.readAllBytes(source)), true, null);
		return file;
	}

	private static String quickFix(IMarker error) {
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(error);
		if (resolutions.length == 0) {
			throw new IllegalStateException("no quick fix offered for: " + error.getAttribute(IMarker.MESSAGE, ""));
		}
		resolutions[0].run(error);
		return resolutions[0].getLabel();
	}

	private static List<IMarker> errors(IFile file) {
		return markers(file, PROBLEM_MARKER).stream()
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	private static List<IMarker> markers(IFile file, String type) {
		try {
			return file.exists() ? Arrays.asList(file.findMarkers(type, true, IResource.DEPTH_ZERO)) : List.of();
		} catch (CoreException e) {
			return List.of();
		}
	}

	private static Optional<IViewPart> view() {
		return Optional.ofNullable(Ui.page().findView(COUNTEREXAMPLES_VIEW));
	}

	private List<String> counterexampleRows() {
		List<String> rows = new ArrayList<>();
		view().ifPresent(view -> rows.addAll(TreeText.of(view)));
		return rows;
	}
}
