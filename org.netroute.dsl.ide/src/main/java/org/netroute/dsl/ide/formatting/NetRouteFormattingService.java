package org.netroute.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The language server's formatting, which leaves a file without any cluster as it is: Xtext's
 * text region access fails on a file whose model is empty (only comments, found by the fuzzer),
 * and such a file has nothing to lay out.
 */
public class NetRouteFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		if (resource.getContents().isEmpty()) {
			return List.of();
		}
		return super.format(resource, document, offset, length, options);
	}
}
