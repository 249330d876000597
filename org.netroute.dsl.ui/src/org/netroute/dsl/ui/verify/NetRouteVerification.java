package org.netroute.dsl.ui.verify;

import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Verifier;

/**
 * The checker as the workbench uses it: one model loader and one verifier with the interpreter
 * engine (the CLI's default), created on the first Verify since setting up the DSL takes a moment.
 */
final class NetRouteVerification {

	static final String ENGINE = "interpreter";

	private static NetRouteVerification instance;

	final ModelLoader loader;
	final Verifier verifier;

	private NetRouteVerification() {
		loader = new ModelLoader();
		verifier = new Verifier(loader, new Engines().named(ENGINE));
	}

	static synchronized NetRouteVerification instance() {
		if (instance == null) {
			instance = new NetRouteVerification();
		}
		return instance;
	}
}
