package org.netroute.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Values of the grammar's datatype rules: numbers that may be absent (so "no mtu" differs from
 * "mtu: 0"), Cilium's true/false options, and names that may be quoted.
 */
public class NetRouteValueConverters extends DefaultTerminalConverters {

	@Inject
	private NumberConverter numberConverter;

	@Inject
	private NameSyntax nameSyntax;

	@ValueConverter(rule = "Number")
	public IValueConverter<Integer> Number() {
		return numberConverter;
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return new NameConverter(false);
	}

	@ValueConverter(rule = "PodName")
	public IValueConverter<String> PodName() {
		return new NameConverter(true);
	}

	@ValueConverter(rule = "LabelKey")
	public IValueConverter<String> LabelKey() {
		return new NameConverter(true);
	}

	@ValueConverter(rule = "LabelValue")
	public IValueConverter<String> LabelValue() {
		return new NameConverter(false);
	}

	@ValueConverter(rule = "EntityName")
	public IValueConverter<String> EntityName() {
		return new NameConverter(false);
	}

	@ValueConverter(rule = "OpaqueValue")
	public IValueConverter<String> OpaqueValue() {
		return new NameConverter(false);
	}

	@ValueConverter(rule = "Boolean")
	public IValueConverter<Boolean> Boolean() {
		return new AbstractNullSafeConverter<Boolean>() {
			@Override
			protected Boolean internalToValue(String string, INode node) {
				return Boolean.valueOf(string.trim());
			}

			@Override
			protected String internalToString(Boolean value) {
				return value.toString();
			}
		};
	}

	/**
	 * A name's value is its text with every quoted part unquoted: {@code "10.0.1.5"} is the name
	 * 10.0.1.5, {@code default/web-1} the pod name default/web-1.
	 */
	private class NameConverter extends AbstractNullSafeConverter<String> {

		private final boolean pod;

		NameConverter(boolean pod) {
			this.pod = pod;
		}

		@Override
		protected String internalToValue(String string, INode node) {
			if (string.indexOf('"') < 0) {
				return string;
			}
			StringBuilder value = new StringBuilder(string.length());
			int i = 0;
			while (i < string.length()) {
				char c = string.charAt(i);
				if (c != '"') {
					value.append(c);
					i++;
					continue;
				}
				int end = i + 1;
				while (end < string.length() && string.charAt(end) != '"') {
					end += string.charAt(end) == '\\' ? 2 : 1;
				}
				String quoted = string.substring(i, Math.min(end + 1, string.length()));
				value.append(STRING().toValue(quoted, node));
				i = end + 1;
			}
			return value.toString();
		}

		@Override
		protected String internalToString(String value) {
			return pod ? nameSyntax.podName(value) : nameSyntax.name(value);
		}
	}

	/** A decimal number; too many digits is an error with a message, never an exception trace. */
	public static class NumberConverter extends AbstractNullSafeConverter<Integer> {
		@Override
		protected Integer internalToValue(String string, INode node) {
			try {
				return Integer.valueOf(string.trim());
			} catch (NumberFormatException e) {
				throw new ValueConverterException("Number " + string.trim() + " is too large: at most " + Integer.MAX_VALUE, node, null);
			}
		}

		@Override
		protected String internalToString(Integer value) {
			return value.toString();
		}
	}
}
