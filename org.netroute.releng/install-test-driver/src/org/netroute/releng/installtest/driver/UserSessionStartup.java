package org.netroute.releng.installtest.driver;

import java.nio.file.Path;

import org.eclipse.ui.IStartup;

/**
 * Starts the scripted user session once the workbench is up, only when the install test asked for
 * it (system properties {@value #REPORT_PROPERTY} and {@value #FILE_PROPERTY}); then closes the
 * workbench, so the test's process ends with the report written.
 */
public final class UserSessionStartup implements IStartup {

	/** The folder that receives the report and the screenshots. */
	public static final String REPORT_PROPERTY = "netroute.installtest.report";
	/** The .netroute file the user opens (copied into a new project of the workspace). */
	public static final String FILE_PROPERTY = "netroute.installtest.file";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(REPORT_PROPERTY);
		String file = System.getProperty(FILE_PROPERTY);
		if (folder == null || file == null) {
			return;
		}
		SessionReport report = new SessionReport(Path.of(folder));
		try {
			new UserSession(report, Path.of(file)).run();
			report.put("session", "completed");
		} catch (Exception | LinkageError | AssertionError e) {
			report.failed(e);
		} finally {
			report.write();
			Ui.closeWorkbench();
		}
	}
}
