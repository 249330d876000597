package org.netroute.dsl.ui.verify;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK's layered algorithm known to ELK inside OSGi. Outside OSGi, ELK finds it through
 * java.util.ServiceLoader; in Eclipse, org.eclipse.elk.core cannot see the service file of
 * org.eclipse.elk.alg.layered, and the HTML report's pictures would fail with "Layout algorithm
 * 'org.eclipse.elk.layered' not found".
 */
final class ElkLayoutAlgorithms {

	private static boolean registered;

	private ElkLayoutAlgorithms() {
	}

	static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}
}
