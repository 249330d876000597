package org.netroute.dsl.ide.server;

import org.eclipse.xtext.ide.server.ServerLauncher;

/**
 * Starts the NetRoute language server on stdin/stdout, so any LSP editor (VS Code, Neovim,
 * Emacs, Theia) gets validation, completion and highlighting for .netroute files; with
 * {@link NetRouteServerModule}, an edit re-parses only what it touched.
 */
public final class NetRouteLanguageServer {

	private NetRouteLanguageServer() {
	}

	public static void main(String[] args) {
		ServerLauncher.launch(NetRouteLanguageServer.class.getName(), args, NetRouteServerModule.server());
	}
}
