package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.validation.NetRouteNature;
import org.netroute.dsl.ui.validation.ProblemMarkers;

/** Validation markers in the editor and the Problems view: as you type (reconciler) and on save (builder). */
public class EditorMarkersTest {

	@AfterEach
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void openingAFileWithMistakesMarksTheirLines() throws Exception {
		IFile file = Workbench.file("markers", "lab.netroute", Workbench.resource("rack-with-mistakes.netroute"));
		Workbench.sizeWindow();
		Workbench.open(file);
		Workbench.waitForSettledProblems(file, 2);

		IMarker hostBits = marker(file, 13);
		assertEquals(IMarker.SEVERITY_ERROR, hostBits.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("CIDR 10.0.1.5/24 has host bits set: the network is 10.0.1.0/24", hostBits.getAttribute(IMarker.MESSAGE, ""));
		IMarker adnr = marker(file, 5);
		assertTrue(adnr.getAttribute(IMarker.MESSAGE, "").startsWith("auto-direct-node-routes: true needs routing-mode: native"),
				adnr.getAttribute(IMarker.MESSAGE, ""));
		Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		Workbench.page().activate(Workbench.page().getActiveEditor());
		Workbench.screenshot("editor-with-problem-markers");
	}

	@Test
	public void typingAMistakeMarksItBeforeSaving() throws Exception {
		IFile file = Workbench.file("typing", "prod.netroute", Workbench.resource("two-racks.netroute"));
		ITextEditor editor = Workbench.open(file);
		Workbench.settle(1000);
		assertEquals(List.of(), Workbench.markers(file, ProblemMarkers.TYPE));

		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("10.0.2.0/24");
		document.replace(at, "10.0.2.0/24".length(), "10.0.2.0/33");
		Workbench.waitUntil("a marker for the prefix length", () -> Workbench.markers(file, ProblemMarkers.TYPE).size() == 1);
		IMarker marker = Workbench.markers(file, ProblemMarkers.TYPE).get(0);
		assertEquals(document.getLineOfOffset(at) + 1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(editor.isDirty(), "the marker came from the editor's text, not from a save");
	}

	@Test
	public void savingAFileRevalidatesItInTheBuild() throws Exception {
		IFile file = Workbench.file("saving", "prod.netroute", Workbench.resource("two-racks.netroute"));
		Workbench.open(file);
		Workbench.waitUntil("the NetRoute nature on the project", () -> NetRouteNature.has(file.getProject()));
		Workbench.page().closeAllEditors(false);

		String broken = Workbench.resource("two-racks.netroute").replace("pod api 10.0.2.10", "pod api 10.0.9.10");
		file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
		file.getProject().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		List<IMarker> markers = Workbench.markers(file, ProblemMarkers.TYPE);
		assertEquals(1, markers.size(), markers::toString);
		assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").contains("outside the PodCIDR 10.0.2.0/24"),
				markers.get(0).getAttribute(IMarker.MESSAGE, ""));
		assertEquals(25, markers.get(0).getAttribute(IMarker.LINE_NUMBER, -1));
	}

	static IMarker marker(IFile file, int line) {
		return Workbench.markers(file, ProblemMarkers.TYPE).stream()
				.filter(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1) == line).findFirst()
				.orElseThrow(() -> new AssertionError("no problem marker on line " + line + ": "
						+ Workbench.markers(file, ProblemMarkers.TYPE).stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": "
								+ m.getAttribute(IMarker.MESSAGE, "")).toList()));
	}
}
