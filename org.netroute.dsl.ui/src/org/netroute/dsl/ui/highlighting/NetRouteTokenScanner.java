package org.netroute.dsl.ui.highlighting;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Feeds the presentation repairer the classified tokens of a range, with plain tokens for the
 * text between them (the repairer joins neighbouring tokens of one style and must see the gaps).
 * The whole document is lexed, because where a range starts (inside a block comment, say) depends
 * on everything before it.
 */
public class NetRouteTokenScanner implements ITokenScanner {

	private final NetRouteLexing lexing = new NetRouteLexing();
	private List<ClassifiedToken> tokens = List.of();
	private int next;
	private int position;
	private int rangeEnd;
	private int tokenOffset;
	private int tokenLength;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		tokens = lexing.classify(document.get());
		rangeEnd = offset + length;
		position = offset;
		next = 0;
		while (next < tokens.size() && tokens.get(next).end() <= offset) {
			next++;
		}
	}

	@Override
	public IToken nextToken() {
		if (position >= rangeEnd) {
			return Token.EOF;
		}
		ClassifiedToken upcoming = next < tokens.size() ? tokens.get(next) : null;
		if (upcoming == null || upcoming.offset() >= rangeEnd) {
			return emit(position, rangeEnd, TokenKind.PLAIN);
		}
		if (upcoming.offset() > position) {
			return emit(position, upcoming.offset(), TokenKind.PLAIN);
		}
		next++;
		return emit(position, Math.min(upcoming.end(), rangeEnd), upcoming.kind());
	}

	private IToken emit(int from, int to, TokenKind kind) {
		tokenOffset = from;
		tokenLength = to - from;
		position = to;
		return new Token(kind.attribute());
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
