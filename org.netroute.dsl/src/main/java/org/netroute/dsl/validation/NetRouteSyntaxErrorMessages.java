package org.netroute.dsl.validation;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * ANTLR's messages, with token names replaced by the words a user of the language knows, and
 * NetRoute's issue codes on syntax errors and on values the converters reject.
 */
public class NetRouteSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(readable(original.getMessage()), IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		// NetRoute's converters reject whole values, never a range inside one (Xtext's ranged code)
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.INVALID_VALUE);
	}

	static String readable(String message) {
		if (message == null) {
			return "Syntax error";
		}
		return message.replace("RULE_ID", "a name").replace("RULE_INT", "a number").replace("RULE_ANY_OTHER", "a character")
				.replace("'<EOF>'", "the end of the file").replace("<EOF>", "the end of the file");
	}
}
