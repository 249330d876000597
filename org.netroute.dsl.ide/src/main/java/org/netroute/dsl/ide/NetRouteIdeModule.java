package org.netroute.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.netroute.dsl.ide.codeactions.NetRouteCodeActions;
import org.netroute.dsl.ide.contentassist.NetRouteContentAssistService;
import org.netroute.dsl.ide.contentassist.NetRouteContentProposals;
import org.netroute.dsl.ide.contentassist.NetRouteReferenceProposals;
import org.netroute.dsl.ide.formatting.NetRouteFormattingService;
import org.netroute.dsl.ide.highlighting.NetRouteHighlighting;
import org.netroute.dsl.ide.hover.NetRouteHover;
import org.netroute.dsl.ide.index.IndexedDeclarations;

/**
 * Editor-neutral services (LSP and the Eclipse editor alike): highlighting, content assist, hover,
 * formatting and quick fixes, and what the editor's index holds of a file.
 */
public class NetRouteIdeModule extends AbstractNetRouteIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return NetRouteHighlighting.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return NetRouteContentProposals.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return NetRouteReferenceProposals.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return NetRouteContentAssistService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return NetRouteFormattingService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return NetRouteHover.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return NetRouteCodeActions.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return IndexedDeclarations.class;
	}
}
