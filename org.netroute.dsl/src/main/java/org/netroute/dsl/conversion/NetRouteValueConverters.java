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
 * "mtu: 0") and Cilium's true/false options.
 */
public class NetRouteValueConverters extends DefaultTerminalConverters {

	@Inject
	private NumberConverter numberConverter;

	@ValueConverter(rule = "Number")
	public IValueConverter<Integer> Number() {
		return numberConverter;
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
