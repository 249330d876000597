package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.validation.ProblemMarkers;

/** Quick fixes through the platform's marker resolutions (Ctrl+1 in the editor, Quick Fix in the Problems view). */
public class QuickFixTest {

	@AfterEach
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void cidrWithHostBitsIsCorrectedToItsNetwork() throws Exception {
		IDocument document = fix(13, "Change 10.0.1.5/24 to 10.0.1.0/24");
		assertTrue(document.get().contains("pod-cidr: 10.0.1.0/24"), document.get());
	}

	@Test
	public void autoDirectNodeRoutesIsRemovedInTunnelMode() throws Exception {
		IDocument document = fix(5, "Remove auto-direct-node-routes (tunnel mode routes through the tunnel)");
		assertFalse(document.get().contains("auto-direct-node-routes"), document.get());
		assertTrue(document.get().contains("        routing-mode: tunnel\n    }"), document.get());
	}

	@Test
	public void problemsWithoutAnUnambiguousFixOfferNone() throws Exception {
		IFile file = Workbench.file("no-fix", "prod.netroute",
				Workbench.resource("two-racks.netroute").replace("pod api 10.0.2.10", "pod api 10.0.9.10"));
		Workbench.open(file);
		Workbench.waitForSettledProblems(file, 1);
		assertFalse(IDE.getMarkerHelpRegistry().hasResolutions(Workbench.markers(file, ProblemMarkers.TYPE).get(0)));
	}

	/** Applies the one resolution of the marker on {@code line} and waits until the file is valid there. */
	private static IDocument fix(int line, String label) throws Exception {
		IFile file = Workbench.file("quickfix", "lab.netroute", Workbench.resource("rack-with-mistakes.netroute"));
		ITextEditor editor = Workbench.open(file);
		Workbench.waitForSettledProblems(file, 2);
		IMarker marker = EditorMarkersTest.marker(file, line);
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		assertEquals(label, resolutions[0].getLabel());
		resolutions[0].run(marker);
		Workbench.waitUntil("one problem left", () -> Workbench.markers(file, ProblemMarkers.TYPE).size() == 1);
		assertTrue(editor.isDirty(), "the fix edits the open editor's text");
		return Workbench.document(editor);
	}
}
