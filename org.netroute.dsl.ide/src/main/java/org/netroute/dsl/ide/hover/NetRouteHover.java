package org.netroute.dsl.ide.hover;

import java.util.Optional;

import com.google.inject.Inject;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.netroute.dsl.netRoute.Cluster;

/**
 * Hover for every front end: on an address, whose it is and which segment and PodCIDR it falls in
 * ({@link AddressOwners}); elsewhere Xtext's default (documentation comments).
 */
public class NetRouteHover extends HoverService {

	@Inject
	private DocumentExtensions documentExtensions;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset;
		try {
			offset = document.getOffSet(params.getPosition());
		} catch (IndexOutOfBoundsException e) {
			// a position the editor counts inside the text but Xtext's document does not: Xtext ends
			// lines at "\n" only, editors also at a lone "\r" (found by the fuzzer)
			return EMPTY_HOVER;
		}
		Optional<String> facts = facts(resource, document.getContents(), offset);
		if (facts.isPresent()) {
			AddressUnderCursor address = AddressUnderCursor.at(document.getContents(), offset).orElseThrow();
			TextRegion region = address.region();
			return new Hover(new MarkupContent("markdown", facts.get()),
					documentExtensions.newRange(resource, region));
		}
		return super.hover(document, resource, params, cancelIndicator);
	}

	/**
	 * The facts about the address at an offset, one Markdown bullet each, or empty when no address
	 * of a cluster is there. What the Eclipse hover shows as well.
	 */
	public static Optional<String> facts(XtextResource resource, String text, int offset) {
		Optional<AddressUnderCursor> address = AddressUnderCursor.at(text, offset);
		if (address.isEmpty() || resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(),
				address.get().region().getOffset());
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (element != null && !(element instanceof Cluster)) {
			element = element.eContainer();
		}
		if (element == null) {
			return Optional.empty();
		}
		StringBuilder markdown = new StringBuilder();
		for (String fact : AddressOwners.describe(address.get().text(), (Cluster) element)) {
			markdown.append("- ").append(fact).append('\n');
		}
		return Optional.of(markdown.toString().trim());
	}
}
