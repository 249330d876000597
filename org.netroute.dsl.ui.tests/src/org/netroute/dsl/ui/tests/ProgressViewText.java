package org.netroute.dsl.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * What the platform's Progress view shows a user right now: the text of every label and link in
 * it (job names, tasks, subtasks). Read from its widgets, so a test sees what a person would.
 */
final class ProgressViewText {

	static final String VIEW_ID = "org.eclipse.ui.views.ProgressView";

	private final Composite control;

	private ProgressViewText(Composite control) {
		this.control = control;
	}

	/** Opens the Progress view without taking the focus from the active editor. */
	static ProgressViewText open() throws PartInitException {
		IViewPart view = Workbench.page().showView(VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		MPart part = view.getSite().getService(MPart.class);
		return new ProgressViewText((Composite) part.getWidget());
	}

	/** Every text shown, depth first; empty lines left out. */
	List<String> texts() {
		List<String> texts = new ArrayList<>();
		collect(control, texts);
		return texts;
	}

	private static void collect(Control control, List<String> texts) {
		if (control.isDisposed()) {
			return;
		}
		String text = control instanceof Label label ? label.getText()
				: control instanceof Link link ? link.getText().replaceAll("</?a[^>]*>", "")
				: control instanceof CLabel label ? label.getText() : null;
		if (text != null && !text.isBlank()) {
			texts.add(text);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, texts);
			}
		}
	}
}
