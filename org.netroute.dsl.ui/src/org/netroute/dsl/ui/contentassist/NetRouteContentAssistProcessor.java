package org.netroute.dsl.ui.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.util.TextRegion;
import org.netroute.dsl.ui.NetRouteLanguage;
import org.netroute.dsl.ui.ParsedText;

import com.google.inject.Injector;

/**
 * Content assist in the Generic Editor, computed by Xtext's editor-neutral services: the same
 * proposals (keywords, names in scope, tunnel protocols) the language server offers.
 */
public class NetRouteContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService CONTEXT_POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "NetRoute content assist");
		thread.setDaemon(true);
		return thread;
	});

	/** Xtext's proposals for {@code text} at {@code offset}, in Xtext's priority order. */
	public static List<ContentAssistEntry> entries(String text, int offset) {
		Injector injector = NetRouteLanguage.injector();
		ParsedText parsed = ParsedText.parse(text, "content-assist");
		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(CONTEXT_POOL);
		ContentAssistContext[] found = contexts.create(text, new TextRegion(offset, 0), offset, parsed.resource());
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(found), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries(viewer.getDocument().get(), offset)) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String proposal = entry.getProposal();
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			String display = entry.getDescription() == null ? label : label + " - " + entry.getDescription();
			proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(), null,
					display, null, entry.getDocumentation()));
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return new char[0];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
