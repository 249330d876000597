package org.netroute.dsl.ui.verify;

import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Verifier;

/**
 * The checker's pipeline as the workbench uses it: one verifier, created on the first Verify
 * since setting up the DSL takes a moment.
 */
final class NetRouteVerification {

	static final String ENGINE = "interpreter";

	private static NetRouteVerification instance;

	final Verifier verifier;

	private NetRouteVerification() {
		verifier = new Verifier(new ModelLoader(), new Engines().named(ENGINE), Verifier.DEFAULT_TIME_LIMIT);
	}

	static synchronized NetRouteVerification instance() {
		if (instance == null) {
			instance = new NetRouteVerification();
		}
		return instance;
	}
}
