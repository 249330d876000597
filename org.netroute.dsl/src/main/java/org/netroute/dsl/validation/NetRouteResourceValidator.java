package org.netroute.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validator, which never drops a problem it cannot place. Xtext reads past the
 * text when a problem ends where the text ends just after a lone "\r" (old Mac line ends), and its
 * validator then logs the exception and drops the problem: a file missing its last '}' validated
 * clean and was PROVED (found by the fuzzer). Such a problem is reported at its start, placed here.
 */
public class NetRouteResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		super.collectResourceDiagnostics(resource, monitor, new TextAcceptor(text(resource), acceptor));
	}

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		super.validate(resource, mode, monitor, new TextAcceptor(text(resource), acceptor));
	}

	private static String text(Resource resource) {
		return resource instanceof XtextResource xtext && xtext.getParseResult() != null
				? xtext.getParseResult().getRootNode().getText() : "";
	}

	@Override
	protected void issueFromXtextResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity,
			IAcceptor<Issue> acceptor) {
		try {
			getDiagnosticConverter().convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (StringIndexOutOfBoundsException e) {
			int offset = diagnostic instanceof AbstractDiagnostic located ? located.getOffset() : 0;
			Issue.IssueImpl issue = placed(acceptor, offset, severity, diagnostic.getMessage());
			issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
			if (diagnostic instanceof AbstractDiagnostic located) {
				issue.setCode(located.getCode());
				issue.setData(located.getData());
				issue.setLength(located.getLength());
			}
			acceptor.accept(issue);
		}
	}

	@Override
	protected void issueFromEValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		try {
			getDiagnosticConverter().convertValidatorDiagnostic(diagnostic, acceptor);
		} catch (StringIndexOutOfBoundsException e) {
			Object causer = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
			ICompositeNode node = causer instanceof EObject object ? NodeModelUtils.findActualNodeFor(object) : null;
			Severity severity = diagnostic.getSeverity() == Diagnostic.ERROR ? Severity.ERROR
					: diagnostic.getSeverity() == Diagnostic.WARNING ? Severity.WARNING : Severity.INFO;
			acceptor.accept(placed(acceptor, node == null ? 0 : node.getOffset(), severity, diagnostic.getMessage()));
		}
	}

	/** An issue at an offset, its line and column counted here as the node model counts them. */
	private static Issue.IssueImpl placed(IAcceptor<Issue> acceptor, int offset, Severity severity, String message) {
		String text = acceptor instanceof TextAcceptor withText ? withText.text() : "";
		int line = 1;
		int lineStart = 0;
		int end = Math.min(Math.max(offset, 0), text.length());
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(severity);
		issue.setMessage(message);
		issue.setType(CheckType.FAST);
		issue.setOffset(end);
		issue.setLength(0);
		issue.setLineNumber(line);
		issue.setColumn(end - lineStart + 1);
		issue.setLineNumberEnd(line);
		issue.setColumnEnd(end - lineStart + 1);
		return issue;
	}

	/** The validator's acceptor, carrying the text its problems are placed in. */
	private record TextAcceptor(String text, IAcceptor<Issue> delegate) implements IAcceptor<Issue> {

		@Override
		public void accept(Issue issue) {
			delegate.accept(issue);
		}
	}
}
