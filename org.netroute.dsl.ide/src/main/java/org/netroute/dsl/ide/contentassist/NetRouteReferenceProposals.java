package org.netroute.dsl.ide.contentassist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.netroute.dsl.conversion.NameSyntax;

import com.google.inject.Inject;

/**
 * Proposes a referenced name as it must be written: a node called {@code 10.0.1.5} or
 * {@code pod} is inserted in quotes, or the completed text would not name it.
 */
public class NetRouteReferenceProposals extends IdeCrossrefProposalProvider {

	@Inject
	private NameSyntax names;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		String written = names.name(getQualifiedNameConverter().toString(candidate.getName()));
		return getProposalCreator().createProposal(written, context, entry -> {
			entry.setSource(candidate);
			entry.setDescription(candidate.getEClass() != null ? candidate.getEClass().getName() : null);
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
		});
	}
}
