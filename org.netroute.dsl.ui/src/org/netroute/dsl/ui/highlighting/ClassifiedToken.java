package org.netroute.dsl.ui.highlighting;

/** A stretch of text and its kind, in document offsets. */
public record ClassifiedToken(int offset, int length, TokenKind kind) {

	public int end() {
		return offset + length;
	}
}
