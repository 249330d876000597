package org.netroute.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.netroute.checker.alloy.CounterexampleInstances;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.report.HtmlReport;
import org.netroute.checker.report.JUnitXmlReport;
import org.netroute.checker.report.JsonReport;
import org.netroute.checker.report.ReloadedTopologies;
import org.netroute.checker.report.ReportDirectory;
import org.netroute.checker.report.ReportFormat;
import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.Diagnostic;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.Engines;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Severity;
import org.netroute.checker.verify.Verifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netroute verify}: every .netroute file under the given paths, a verdict per property and cluster. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify reachability, no-loop and mtu for every cluster in the given files or folders.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all properties PROVED", "1:some property VIOLATED", "2:input errors",
                "3:some property UNKNOWN and none VIOLATED"})
final class VerifyCommand implements Callable<Integer> {

    enum Format { text, json, junit, html }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", description = "text, json, junit or html (default: ${DEFAULT-VALUE})", defaultValue = "text")
    private Format format;

    @Option(names = "--engine", description = "interpreter, alloy or both (default: ${DEFAULT-VALUE})",
            defaultValue = "both")
    private String engineName;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time limit per property and cluster for the Alloy engine; past it the property is"
                    + " UNKNOWN (default: ${DEFAULT-VALUE}; fractions allowed)")
    private double timeoutSeconds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "also write every report format into DIR (netroute.txt, netroute.json, TEST-netroute.xml, netroute.html)")
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
        Duration limit = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
        Engine engine;
        try {
            engine = new Engines().named(engineName).limitedTo(limit);
        } catch (IllegalArgumentException e) {
            err.println("netroute: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        List<FileResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(file -> file.toString().endsWith(".netroute") && Files.isRegularFile(file)).sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    results.add(unreadable(path, "cannot read folder " + path + ": " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                files.add(path);
            } else {
                results.add(unreadable(path, Files.exists(path) ? "cannot read " + path
                        : "cannot read " + path + ": no such file or folder"));
            }
        }
        ModelLoader loader = new ModelLoader();
        if (!files.isEmpty()) {
            Verifier verifier = new Verifier(loader, engine);
            files.forEach(file -> results.add(verifier.verify(file)));
        }
        switch (format) {
            case json -> {
                new JsonReport().write(results, out);
                out.println();
            }
            case junit -> new JUnitXmlReport().write(results, out);
            case html -> new HtmlReport().write(results, new ReloadedTopologies(loader), out);
            default -> new TextReport().write(results, out);
        }
        out.flush();
        if (outDirectory != null) {
            try {
                new ReportDirectory(outDirectory, new ReloadedTopologies(loader)).write(results, List.of(ReportFormat.values()));
                if (!engine.name().equals(InterpreterEngine.NAME)) {
                    new CounterexampleInstances().write(results, new ReloadedTopologies(loader), outDirectory);
                }
            } catch (IOException | UncheckedIOException e) {
                err.println("netroute: cannot write reports to " + outDirectory + ": " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
        }
        return ExitCodes.of(results);
    }

    private static FileResult unreadable(Path path, String message) {
        return new FileResult(path.toString(), List.of(new Diagnostic(Severity.ERROR, 0, 0, message)), List.of());
    }
}
