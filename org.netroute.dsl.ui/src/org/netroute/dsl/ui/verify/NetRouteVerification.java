package org.netroute.dsl.ui.verify;

import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Verifier;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * The checker's pipeline as the workbench uses it, with the same defaults as the command line and
 * the Maven plugin (both engines, cross-checked; the default time limit): one verifier, created on
 * the first Verify since setting up the DSL takes a moment.
 */
final class NetRouteVerification {

	private static NetRouteVerification instance;

	final Verifier verifier;

	private NetRouteVerification() {
		// Engines finds the Alloy engine through the checker bundle's own class loader
		// (META-INF/services), so this works inside OSGi as on the class path
		// the editor's (IDE) setup first: the checker's setup registers itself in EMF's registry
		// last, so each keeps parsing with its own injector
		NetRouteLanguage.injector();
		verifier = new Verifier(new ModelLoader(), new Engines().named(Verifier.DEFAULT_ENGINE), Verifier.DEFAULT_TIME_LIMIT);
	}

	static synchronized NetRouteVerification instance() {
		if (instance == null) {
			instance = new NetRouteVerification();
		}
		return instance;
	}
}
