package org.netroute.dsl.ui.verify;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * The "Verify NetRoute" command: takes the NetRoute file of the active editor (its current text)
 * or of the selection in the Project Explorer, and schedules a {@link VerifyJob}. Returns at once;
 * the results reach the Counterexamples view from the job.
 */
public class VerifyHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IFile file = null;
		String editorText = null;
		if (part instanceof IEditorPart editor && editor.getAdapter(ITextEditor.class) != null) {
			ITextEditor textEditor = editor.getAdapter(ITextEditor.class);
			file = textEditor.getEditorInput().getAdapter(IFile.class);
			if (NetRouteLanguage.isNetRouteFile(file)) {
				editorText = textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput()).get();
			}
		}
		if (!NetRouteLanguage.isNetRouteFile(file)) {
			file = selectedFile(HandlerUtil.getCurrentSelection(event));
		}
		if (!NetRouteLanguage.isNetRouteFile(file)) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		Display display = Display.getCurrent();
		new VerifyJob(file, editorText, run -> display.asyncExec(() -> show(page, run))).schedule();
		return null;
	}

	private static IFile selectedFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return Adapters.adapt(structured.getFirstElement(), IFile.class);
		}
		return null;
	}

	private static void show(IWorkbenchPage page, VerificationRun run) {
		if (page == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		try {
			CounterexamplesView view = (CounterexamplesView) page.showView(CounterexamplesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.show(run);
		} catch (PartInitException e) {
			Platform.getLog(VerifyHandler.class).error("Cannot open the NetRoute Counterexamples view", e);
		}
	}
}
