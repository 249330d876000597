package org.netroute.dsl.ui.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.netroute.dsl.ui.NetRouteLanguage;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Splits text into classified tokens with the lexer generated from the grammar, so colouring
 * follows the grammar's keywords and terminals exactly. Addresses and CIDRs are datatype rules
 * (INT '.' INT '.' INT '.' INT, then '/' INT): adjacent tokens of that shape are merged.
 */
public final class NetRouteLexing {

	private static final String SINGLE_LINE_COMMENT = "RULE_SL_COMMENT";
	private static final String MULTI_LINE_COMMENT = "RULE_ML_COMMENT";
	private static final String INTEGER = "RULE_INT";

	private final Injector injector = NetRouteLanguage.injector();
	private final Map<Integer, String> tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();

	/** Every non-whitespace token of {@code text}, in order, with its kind. */
	public List<ClassifiedToken> classify(String text) {
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<CommonToken> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add((CommonToken) token);
		}
		List<ClassifiedToken> classified = new ArrayList<>();
		int index = 0;
		while (index < tokens.size()) {
			int addressEnd = addressEnd(tokens, index);
			if (addressEnd > index) {
				int cidrEnd = followedBy(tokens, addressEnd, "'/'") && isInteger(tokens, addressEnd + 1)
						&& adjacent(tokens, addressEnd - 1, addressEnd) && adjacent(tokens, addressEnd, addressEnd + 1)
								? addressEnd + 2
								: addressEnd;
				classified.add(span(tokens, index, cidrEnd, cidrEnd > addressEnd ? TokenKind.CIDR : TokenKind.ADDRESS));
				index = cidrEnd;
			} else {
				CommonToken token = tokens.get(index);
				TokenKind kind = kind(token);
				if (kind != null) {
					classified.add(new ClassifiedToken(token.getStartIndex(), length(token), kind));
				}
				index++;
			}
		}
		return classified;
	}

	/** The index after an address starting at {@code start}, or {@code start} if none starts there. */
	private int addressEnd(List<CommonToken> tokens, int start) {
		for (int part = 0; part < 4; part++) {
			int integer = start + 2 * part;
			if (!isInteger(tokens, integer) || part > 0 && !adjacent(tokens, integer - 1, integer)) {
				return start;
			}
			if (part < 3 && !(followedBy(tokens, integer + 1, "'.'") && adjacent(tokens, integer, integer + 1))) {
				return start;
			}
		}
		return start + 7;
	}

	private boolean isInteger(List<CommonToken> tokens, int index) {
		return index < tokens.size() && INTEGER.equals(tokenNames.get(tokens.get(index).getType()));
	}

	private boolean followedBy(List<CommonToken> tokens, int index, String keyword) {
		return index < tokens.size() && keyword.equals(tokenNames.get(tokens.get(index).getType()));
	}

	private static boolean adjacent(List<CommonToken> tokens, int left, int right) {
		return tokens.get(left).getStopIndex() + 1 == tokens.get(right).getStartIndex();
	}

	private static ClassifiedToken span(List<CommonToken> tokens, int from, int to, TokenKind kind) {
		int start = tokens.get(from).getStartIndex();
		return new ClassifiedToken(start, tokens.get(to - 1).getStopIndex() + 1 - start, kind);
	}

	private static int length(CommonToken token) {
		return token.getStopIndex() - token.getStartIndex() + 1;
	}

	private TokenKind kind(CommonToken token) {
		String name = tokenNames.get(token.getType());
		if (name == null) {
			return null;
		}
		if (SINGLE_LINE_COMMENT.equals(name) || MULTI_LINE_COMMENT.equals(name)) {
			return TokenKind.COMMENT;
		}
		if (INTEGER.equals(name)) {
			return TokenKind.NUMBER;
		}
		if (name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1))) {
			return TokenKind.KEYWORD;
		}
		return null;
	}
}
