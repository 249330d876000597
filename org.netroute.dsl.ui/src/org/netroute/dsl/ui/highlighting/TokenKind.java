package org.netroute.dsl.ui.highlighting;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * What a stretch of NetRoute text is, as the grammar's lexer sees it (keywords, comments,
 * numbers) plus the two datatype rules a network engineer reads at a glance: addresses and CIDRs.
 */
public enum TokenKind {
	KEYWORD(new Color(127, 0, 85), SWT.BOLD),
	COMMENT(new Color(63, 127, 95), SWT.ITALIC),
	NUMBER(new Color(0, 0, 192), SWT.NORMAL),
	ADDRESS(new Color(0, 110, 150), SWT.NORMAL),
	CIDR(new Color(0, 110, 150), SWT.BOLD),
	PLAIN(null, SWT.NORMAL);

	private final TextAttribute attribute;

	TokenKind(Color foreground, int style) {
		this.attribute = new TextAttribute(foreground, null, style);
	}

	public TextAttribute attribute() {
		return attribute;
	}
}
