package org.netroute.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Keywords and names as Xtext proposes them, plus the values Cilium accepts for free-text options. */
public class NetRouteContentProposals extends IdeContentProposalProvider {

	static final List<String> TUNNEL_PROTOCOLS = List.of("vxlan", "geneve");

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("tunnelProtocol".equals(assignment.getFeature())) {
			for (String protocol : TUNNEL_PROTOCOLS) {
				ContentAssistEntry entry = getProposalCreator().createProposal(protocol, context, e -> {
					e.setKind(ContentAssistEntry.KIND_VALUE);
					e.setDescription("vxlan".equals(protocol) ? "UDP 8472 (Cilium's default)" : "UDP 6081");
				});
				if (entry != null) {
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
				}
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}
}
