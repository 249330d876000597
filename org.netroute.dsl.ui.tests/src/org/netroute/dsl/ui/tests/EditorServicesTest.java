package org.netroute.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.ui.hover.AddressHover;
import org.netroute.dsl.ui.outline.NetRouteOutlinePage;
import org.netroute.dsl.ui.outline.OutlineEntry;

/** Colouring, hover and outline of a NetRoute file in the Generic Editor. */
public class EditorServicesTest {

	@AfterEach
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void filesOpenInTheGenericEditorColouredByTokenKind() throws Exception {
		String text = Workbench.resource("two-racks.netroute");
		IFile file = Workbench.file("colours", "prod.netroute", text);
		ITextEditor editor = Workbench.open(file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
		StyledText styled = (StyledText) editor.getAdapter(Control.class);
		Workbench.waitUntil("keyword colouring", () -> style(styled, text.indexOf("cluster prod")) != null);

		StyleRange keyword = style(styled, text.indexOf("cluster prod"));
		assertTrue((keyword.fontStyle & SWT.BOLD) != 0, "keywords are bold");
		StyleRange comment = style(styled, 0);
		assertTrue((comment.fontStyle & SWT.ITALIC) != 0, "comments are italic");
		StyleRange address = style(styled, text.indexOf("192.168.1.11"));
		StyleRange cidr = style(styled, text.indexOf("192.168.1.0/24"));
		StyleRange number = style(styled, text.indexOf("1500"));
		assertEquals(address.foreground, cidr.foreground, "addresses and CIDRs share a colour");
		assertNotEquals(address.fontStyle, cidr.fontStyle, "CIDRs stand out from addresses");
		StyleRange prefixLength = style(styled, text.indexOf("192.168.1.0/24") + "192.168.1.0/2".length());
		assertEquals(cidr.fontStyle, prefixLength.fontStyle, "a CIDR is one token, prefix length included");
		assertEquals(cidr.foreground, prefixLength.foreground, "a CIDR is one token, prefix length included");
		assertNotEquals(number.foreground, address.foreground, "plain numbers are not addresses");
		StyleRange enumLiteral = style(styled, text.indexOf("tunnel\n"));
		StyleRange afterColon = style(styled, text.indexOf(": tunnel") + 1);
		assertTrue((enumLiteral.fontStyle & SWT.BOLD) != 0, "enum literals are keywords");
		assertTrue(afterColon == null || (afterColon.fontStyle & SWT.BOLD) == 0, "the space between two keywords is plain");
		StyleRange name = style(styled, text.indexOf("rack1 {") + 2);
		assertTrue(name == null || (name.fontStyle & SWT.BOLD) == 0, "names are not keywords");
	}

	@Test
	public void hoverOnAnAddressNamesItsPodCidrAndSegment() throws Exception {
		String text = Workbench.resource("two-racks.netroute");
		String hover = AddressHover.hoverText(text, text.indexOf("10.0.2.10") + 3);
		assertEquals(String.join("\n", "10.0.2.10 is pod 'api' on node 'worker2'", "In PodCIDR 10.0.2.0/24 of node 'worker2'"), hover);

		String router = AddressHover.hoverText(text, text.indexOf("192.168.2.1 on") + 1);
		assertEquals(String.join("\n", "192.168.2.1 is interface 'eth1' of router 'core'",
				"On segment 'rack2' (192.168.2.0/24, MTU 1500)"), router);
	}

	@Test
	public void outlineListsClustersWithTheirSegmentsRoutersAndNodes() throws Exception {
		IFile file = Workbench.file("outline", "prod.netroute", Workbench.resource("two-racks.netroute"));
		ITextEditor editor = Workbench.open(file);
		ContentOutline outline = (ContentOutline) Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
		Workbench.page().activate(editor);
		Workbench.waitUntil("the NetRoute outline page", () -> outline.getCurrentPage() instanceof NetRouteOutlinePage);
		IContentOutlinePage page = (IContentOutlinePage) outline.getCurrentPage();
		List<OutlineEntry> entries = ((NetRouteOutlinePage) page).entries();
		assertEquals(1, entries.size());
		assertEquals("cluster prod", entries.get(0).label());
		assertEquals(List.of("segment rack1  192.168.1.0/24", "segment rack2  192.168.2.0/24",
				"router core  2 interface(s), 0 route(s)", "node worker1  192.168.1.11, pods 10.0.1.0/24",
				"node worker2  192.168.2.11, pods 10.0.2.0/24"),
				entries.get(0).children().stream().map(OutlineEntry::label).toList());
		assertNotNull(editor);
	}

	private static StyleRange style(StyledText styled, int offset) {
		return styled.getStyleRangeAtOffset(offset);
	}
}
