package org.netroute.dsl.ui;

import org.eclipse.core.resources.IResource;
import org.netroute.dsl.ide.NetRouteIdeSetup;

import com.google.inject.Injector;

/**
 * The language's Xtext services (runtime and IDE modules) inside Eclipse. Central has no modern
 * org.eclipse.xtext.ui with its executable-extension factory, so the editor's parts ask here for
 * the one injector, created on first use.
 */
public final class NetRouteLanguage {

	/** File extension of NetRoute files. */
	public static final String FILE_EXTENSION = "netroute";

	/** The content type the Generic Editor's extensions are registered for. */
	public static final String CONTENT_TYPE = "org.netroute.dsl.ui.contentType";

	/** The plug-in id, for statuses and logging. */
	public static final String PLUGIN_ID = "org.netroute.dsl.ui";

	private static Injector injector;

	private NetRouteLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new NetRouteIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static boolean isNetRouteFile(IResource resource) {
		return resource != null && resource.getType() == IResource.FILE && FILE_EXTENSION.equals(resource.getFileExtension());
	}
}
