package org.netroute.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's completion, with no proposals (instead of an internal error) at a
 * position the editor counts inside the text but Xtext's document does not: Xtext ends lines at
 * "\n" only, editors also at a lone "\r" (found by the fuzzer).
 */
public class NetRouteContentAssistService extends ContentAssistService {

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params,
			CancelIndicator cancelIndicator) {
		try {
			document.getOffSet(params.getPosition());
		} catch (IndexOutOfBoundsException e) {
			return new CompletionList();
		}
		return super.createCompletionList(document, resource, params, cancelIndicator);
	}
}
