package org.netroute.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;

import com.google.inject.Inject;

/**
 * Xtext's build of one request, which unloads every changed resource before it loads it again
 * from its text: an open document's live resource, already updated by the edit, is left loaded,
 * so that the build indexes, links and validates it as it is.
 */
public class LiveResourceBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Inject
	private OpenResources openResources;

	@Override
	protected void unloadResource(URI uri) {
		Resource loaded = getRequest().getResourceSet().getResource(uri, false);
		if (loaded == null || openResources.live(uri).filter(live -> live == loaded).isEmpty()) {
			super.unloadResource(uri);
		}
	}
}
