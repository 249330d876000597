package org.netroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.report.ReportDirectory;
import org.netroute.checker.report.ReportFormat;
import org.netroute.checker.report.SarifReport;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Verifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netroute verify}: every .netroute file under the given paths, a verdict per property and cluster. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify reachability, no-loop and mtu for every cluster in the given files or folders.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all properties PROVED", "1:some property VIOLATED", "2:input errors",
                "3:some property UNKNOWN and none VIOLATED"})
final class VerifyCommand implements Callable<Integer> {

    enum Format { text, json, junit, html, sarif }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", description = "text, json, junit, html or sarif (default: ${DEFAULT-VALUE})", defaultValue = "text")
    private Format format;

    @Option(names = "--engine", description = "interpreter, alloy or both (default: ${DEFAULT-VALUE})",
            defaultValue = "both")
    private String engineName;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time limit per property, cluster and engine; past it the property is"
                    + " UNKNOWN (default: ${DEFAULT-VALUE}; fractions allowed)")
    private double timeoutSeconds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write every report format into DIR (netroute.txt, netroute.json, TEST-netroute.xml, netroute.html, netroute.sarif)")
    private Path outDirectory;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".netroute files or folders (searched recursively)")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeoutSeconds > 0) || timeoutSeconds > Duration.ofDays(1).toSeconds()) {
            err.println("netroute: --timeout must be a positive number of seconds up to a day, not " + timeoutSeconds);
            return ExitCodes.INPUT_ERROR;
        }
        Verifier verifier;
        try {
            verifier = new Verifier(engineName, Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
        } catch (IllegalArgumentException e) {
            err.println("netroute: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        List<FileResult> results = verifier.verifyPaths(paths, Monitor.none());
        switch (format) {
            case json -> {
                new JsonReport().write(results, out);
                out.println();
            }
            case junit -> new JUnitXmlReport().write(results, out);
            case html -> new HtmlReport().write(results, out);
            case sarif -> {
                new SarifReport(Path.of("")).write(results, out);
                out.println();
            }
            default -> new TextReport().write(results, out);
        }
        out.flush();
        if (outDirectory != null) {
            try {
                new ReportDirectory(outDirectory).write(results, List.of(ReportFormat.values()));
            } catch (IOException | UncheckedIOException e) {
                err.println("netroute: cannot write reports to " + outDirectory + ": " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
        }
        return ExitCodes.of(results);
    }
}
