package org.netroute.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The language server's bindings: Xtext's, with the workspace and project managers that keep one
 * live resource per open document ({@link OpenResources}), so that an edit is parsed partially.
 */
public class NetRouteServerModule extends AbstractModule {

	/** Xtext's server module with NetRoute's bindings over it: what the launcher and the tests start. */
	public static Module server() {
		return Modules.override(new ServerModule()).with(new NetRouteServerModule());
	}

	@Override
	protected void configure() {
		bind(WorkspaceManager.class).to(LiveWorkspaceManager.class);
		bind(ProjectManager.class).to(LiveProjectManager.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(LiveResourceBuilder.class);
	}
}
