package org.netroute.dsl.validation;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** ANTLR's messages, with token names replaced by the words a user of the language knows. */
public class NetRouteSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(original.getMessage()), original.getIssueCode(), original.getIssueData());
	}

	static String readable(String message) {
		if (message == null) {
			return "Syntax error";
		}
		return message.replace("RULE_ID", "a name").replace("RULE_INT", "a number").replace("RULE_ANY_OTHER", "a character")
				.replace("'<EOF>'", "the end of the file").replace("<EOF>", "the end of the file");
	}
}
