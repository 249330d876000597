package org.netroute.dsl.ui.validation;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/** Registered with the Generic Editor: runs {@link ValidationStrategy} shortly after each pause in typing. */
public class NetRouteValidationReconciler extends MonoReconciler {

	private static final int DELAY_MILLIS = 300;

	public NetRouteValidationReconciler() {
		super(new ValidationStrategy(), false);
		setDelay(DELAY_MILLIS);
	}
}
