package org.netroute.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.netroute.dsl.ide.contentassist.NetRouteContentProposals;
import org.netroute.dsl.ide.highlighting.NetRouteHighlighting;

/** Editor-neutral services (LSP and the Eclipse editor alike): highlighting and content assist. */
public class NetRouteIdeModule extends AbstractNetRouteIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return NetRouteHighlighting.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return NetRouteContentProposals.class;
	}
}
