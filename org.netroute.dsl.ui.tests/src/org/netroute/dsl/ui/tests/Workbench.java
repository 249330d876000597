package org.netroute.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Assertions;
import org.netroute.dsl.ui.validation.NetRouteNature;
import org.netroute.dsl.ui.validation.ProblemMarkers;

/**
 * What the UI tests do to the real workbench: make projects and files, open editors, let the event
 * loop run until something is true, and take screenshots. Runs on the UI thread.
 */
final class Workbench {

	static final long TIMEOUT_MILLIS = 30_000;

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new project (an old one of the same name is deleted) holding {@code fileName} with {@code text}. */
	static IFile file(String projectName, String fileName, String text) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		IFile file = project.getFile(fileName);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	/** A file of the test fragment's {@code resources/} folder. */
	static String resource(String name) throws IOException {
		try (InputStream in = FileLocator.openStream(Platform.getBundle("org.netroute.dsl.ui"), IPath.fromOSString("resources/" + name), false)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A file of the repository's {@code examples/} folder. */
	static String example(String name) throws IOException {
		return Files.readString(Path.of(System.getProperty("netroute.examples", "../examples"), name), StandardCharsets.UTF_8);
	}

	static ITextEditor open(IFile file) throws PartInitException {
		ITextEditor editor = IDE.openEditor(page(), file).getAdapter(ITextEditor.class);
		Assertions.assertNotNull(editor, "a text editor for " + file);
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Lets the event loop run until {@code condition} holds; fails after {@link #TIMEOUT_MILLIS}. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				Assertions.fail("timed out waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs the event loop for a while, so that repaints and queued runnables happen. */
	static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		waitUntil("settling", () -> System.currentTimeMillis() >= end);
	}

	/**
	 * Waits until the file has {@code count} problem markers and nothing will replace them soon: the
	 * project has the NetRoute nature (whose first build revalidates) and no build or marker update
	 * is pending. Marker handles fetched after this stay valid.
	 */
	static void waitForSettledProblems(IFile file, int count) {
		waitUntil(count + " settled problem marker(s)", () -> NetRouteNature.has(file.getProject())
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ProblemMarkers.class).length == 0
				&& markers(file, ProblemMarkers.TYPE).size() == count);
	}

	static List<IMarker> markers(IFile file, String type) {
		try {
			return Arrays.asList(file.findMarkers(type, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Saves a picture of the whole workbench window as {@code target/screenshots/<name>.png}. */
	static Path screenshot(String name) throws IOException {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		settle(300);
		Display display = shell.getDisplay();
		Image image = new Image(display, shell.getSize().x, shell.getSize().y);
		GC gc = new GC(image);
		try {
			draw(shell, gc, shell);
			// popups (content assist, hovers) are shells of their own, drawn over the window
			for (Shell popup : shell.getShells()) {
				if (popup.isVisible()) {
					draw(popup, gc, shell);
				}
			}
		} finally {
			gc.dispose();
		}
		Path directory = Path.of(System.getProperty("netroute.screenshots", "target/screenshots"));
		Files.createDirectories(directory);
		Path file = directory.resolve(name + ".png");
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return file;
	}

	private static void draw(Shell part, GC target, Shell window) {
		Image picture = new Image(part.getDisplay(), part.getSize().x, part.getSize().y);
		GC source = new GC(part);
		try {
			source.copyArea(picture, 0, 0);
			target.drawImage(picture, part.getLocation().x - window.getLocation().x, part.getLocation().y - window.getLocation().y);
		} finally {
			source.dispose();
			picture.dispose();
		}
	}

	/** Gives the workbench window a size at which screenshots are readable. */
	static void sizeWindow() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 860);
		settle(200);
	}
}
