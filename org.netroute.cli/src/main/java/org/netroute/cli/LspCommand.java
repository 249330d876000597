package org.netroute.cli;

import java.util.concurrent.Callable;

import org.netroute.dsl.ide.server.NetRouteLanguageServer;

import picocli.CommandLine.Command;

/**
 * {@code netroute lsp}: the language server over standard input and output, so an editor's LSP
 * client (Neovim, VS Code, Emacs) starts it from the installed command without a class path of
 * its own. Ends when the client closes the connection.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the NetRoute language server over stdin/stdout (for an editor's LSP client).")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        NetRouteLanguageServer.main(new String[0]);
        return 0;
    }
}
