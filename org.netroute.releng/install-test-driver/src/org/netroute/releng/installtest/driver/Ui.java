package org.netroute.releng.installtest.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * The session runs in the startup thread and touches the workbench only through here: on the UI
 * thread, waiting by polling (never blocking the UI), and taking screenshots of the window.
 */
final class Ui {

	private static final long POLL_MILLIS = 200;

	private Ui() {
	}

	/** Runs {@code work} on the UI thread and returns its result; its exception is rethrown here. */
	static <T> T call(Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Waits until {@code condition} (asked on the UI thread) holds; fails naming {@code what} after {@code limit}. */
	static void await(String what, Duration limit, BooleanSupplier condition) throws Exception {
		long end = System.nanoTime() + limit.toNanos();
		while (!call(condition::getAsBoolean)) {
			if (System.nanoTime() > end) {
				throw new IllegalStateException("waited " + limit.toSeconds() + " s in vain for: " + what);
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Lets the workbench repaint for a moment. */
	static void pause(long millis) throws InterruptedException {
		Thread.sleep(millis);
	}

	/** Saves the workbench window, as a person sees it, as {@code <name>.png} in {@code folder}. */
	static Path screenshot(Path folder, String name) throws Exception {
		pause(500);
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		call(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Image image = new Image(shell.getDisplay(), shell.getSize().x, shell.getSize().y);
			GC gc = new GC(shell);
			try {
				gc.copyArea(image, 0, 0);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			image.dispose();
			return file;
		});
		if (!Files.isRegularFile(file)) {
			throw new IOException("no screenshot written to " + file);
		}
		return file;
	}

	/** Closes the workbench (its editors are saved by then), which ends the IDE application. */
	static void closeWorkbench() {
		if (PlatformUI.isWorkbenchRunning()) {
			display().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}
}
