package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * The checks of one concern, run by {@link NetRouteValidator} through {@code @ComposedChecks}.
 * A group is not registered as a validator of its own, or each of its rules would report twice.
 */
public abstract class CheckGroup extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into NetRouteValidator, which is registered
	}
}
