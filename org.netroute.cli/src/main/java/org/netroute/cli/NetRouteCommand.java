package org.netroute.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code netroute} command line: verify files, trace one packet, export or prove with Alloy, import a cluster, serve an editor. */
@Command(name = "netroute", mixinStandardHelpOptions = true, version = "netroute 0.1.0",
        description = "Proves pod reachability, loop freedom and MTU safety of Cilium cluster networking.",
        subcommands = {VerifyCommand.class, TraceCommand.class, ExportAlloyCommand.class, TheoremsCommand.class,
                ImportCommand.class, LspCommand.class})
public final class NetRouteCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: verify, trace, export-alloy, theorems, import or lsp");
    }

    public static void main(String[] args) {
        // Kodkod logs progress through the slf4j binding inside Alloy's jar; a command line prints only its answers.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new NetRouteCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            err.println("netroute: " + exception.getMessage());
            err.flush();
            return ExitCodes.INPUT_ERROR;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // an engine's own thread turns this into UNKNOWN; here it struck reading or reporting
            err.println("netroute: out of memory (" + e.getMessage() + "): nothing was decided; give the JVM more heap,"
                    + " e.g. NETROUTE_JAVA_OPTS=-Xmx8g");
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
    }
}
