package org.netroute.dsl.ui.hover;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.RuleCall;
import org.netroute.dsl.ide.hover.AddressOwners;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.ui.ParsedText;

/**
 * Hover on an address (or on the address part of a CIDR): which device or pod it is, and which
 * segment and PodCIDR it belongs to, computed by {@link AddressOwners} from the editor's text.
 */
public class AddressHover implements ITextHover {

	private static final String ADDRESS_RULE = "IPv4";

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		return address(textViewer.getDocument().get(), offset).map(found -> (IRegion) new Region(found.offset, found.length))
				.orElse(null);
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
		return hoverText(textViewer.getDocument().get(), hoverRegion.getOffset());
	}

	/** The hover's text for the address at {@code offset} of {@code text}, or null if there is none. */
	public static String hoverText(String text, int offset) {
		return address(text, offset).map(found -> String.join("\n", found.facts)).orElse(null);
	}

	private record FoundAddress(int offset, int length, List<String> facts) {
	}

	private static Optional<FoundAddress> address(String text, int offset) {
		ParsedText parsed = ParsedText.parse(text, "hover");
		ICompositeNode root = parsed.resource().getParseResult() == null ? null : parsed.resource().getParseResult().getRootNode();
		if (root == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && isAddressRule(call.getRule())) {
				EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
				Cluster cluster = EcoreUtil2.getContainerOfType(owner, Cluster.class);
				if (cluster == null) {
					return Optional.empty();
				}
				String address = NodeModelUtils.getTokenText(node);
				return Optional.of(new FoundAddress(node.getOffset(), node.getLength(),
						AddressOwners.describe(address, cluster)));
			}
		}
		return Optional.empty();
	}

	private static boolean isAddressRule(AbstractRule rule) {
		return rule != null && ADDRESS_RULE.equals(rule.getName());
	}
}
