package org.netroute.dsl.conversion;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * How a name is written in a .netroute file. Kubernetes names (DNS subdomains, namespaced pod
 * names) mostly stand bare; a name that is no plain word, or is one of the language's keywords,
 * is written in double quotes. Anything that writes .netroute text (an importer, the value
 * converters) asks here, so that every name it writes reads back as the same name.
 */
@Singleton
public class NameSyntax {

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	private final Set<String> keywords;

	@Inject
	public NameSyntax(IGrammarAccess grammar) {
		this.keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(keyword -> WORD.matcher(keyword).matches()).collect(Collectors.toUnmodifiableSet());
	}

	/** The name as it must be written: bare when every dot-separated part is a plain word and no keyword. */
	public String name(String plain) {
		return isBare(plain) ? plain : quoted(plain);
	}

	/** A pod's name qualified by its namespace ({@code default/web-1}); each part quoted where it must be. */
	public String podName(String namespace, String name) {
		return name(namespace) + "/" + name(name);
	}

	/** A pod name as held in the model (namespace/name or a plain name) as it must be written. */
	public String podName(String qualified) {
		int slash = qualified.indexOf('/');
		if (slash > 0 && slash == qualified.lastIndexOf('/') && isBare(qualified.substring(0, slash))
				&& isBare(qualified.substring(slash + 1))) {
			return qualified;
		}
		return name(qualified);
	}

	private boolean isBare(String plain) {
		if (plain.isEmpty() || plain.startsWith(".") || plain.endsWith(".")) {
			return false;
		}
		for (String part : plain.split("\\.", -1)) {
			if (!WORD.matcher(part).matches() || keywords.contains(part)) {
				return false;
			}
		}
		return true;
	}

	private static String quoted(String plain) {
		StringBuilder text = new StringBuilder(plain.length() + 2).append('"');
		for (char c : plain.toCharArray()) {
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				default -> text.append(c);
			}
		}
		return text.append('"').toString();
	}
}
