package org.netroute.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.netroute.checker.report.ReportDirectory;
import org.netroute.checker.report.ReportFormat;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Monitor;
import org.netroute.checker.verify.Verifier;

/**
 * {@code netroute:verify}: proves reachability, loop freedom and MTU safety for every cluster in
 * the project's .netroute files and fails the build when one does not hold, as Checkstyle or
 * SpotBugs fail it on bad code. Verification and reports are the checker's; this class only
 * finds the files, reads the configuration and decides the build's outcome.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public final class VerifyMojo extends AbstractMojo {

    /** Folders searched for cluster files. */
    @Parameter(property = "netroute.sourceDirectories", defaultValue = "${project.basedir}/src/main/netroute")
    private File[] sourceDirectories;

    /** Ant-style patterns, relative to each source folder, of the files to verify. */
    @Parameter(property = "netroute.includes", defaultValue = "**/*.netroute")
    private String[] includes;

    /** Ant-style patterns of files not to verify. */
    @Parameter(property = "netroute.excludes")
    private String[] excludes;

    /** Fail the build when a property is VIOLATED. Reports still say VIOLATED when false. */
    @Parameter(property = "netroute.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Fail the build when a property is UNKNOWN (timeout, engines disagree). */
    @Parameter(property = "netroute.failOnUnknown", defaultValue = "true")
    private boolean failOnUnknown;

    /** Reports to write into {@link #outputDirectory}: text, json, junit, html. */
    @Parameter(property = "netroute.formats", defaultValue = "text,json,junit,html,sarif")
    private String[] formats;

    /**
     * Where the reports go (netroute.txt, netroute.json, TEST-netroute.xml, netroute.html);
     * target/netroute when run without a project.
     */
    @Parameter(property = "netroute.outputDirectory", defaultValue = "${project.build.directory}/netroute")
    private File outputDirectory;

    /** Which engine decides: interpreter, alloy, or both (cross-checked), as far as they are installed. */
    @Parameter(property = "netroute.engine", defaultValue = Verifier.DEFAULT_ENGINE)
    private String engine;

    /** Seconds one property of one cluster may take; past it the property is UNKNOWN. */
    @Parameter(property = "netroute.timeout", defaultValue = "60")
    private int timeout;

    /** Skip verification altogether. */
    @Parameter(property = "netroute.skip", defaultValue = "false")
    private boolean skip;

    /** The folder log lines and reports name files relative to; the working folder when run without a project. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("NetRoute verification skipped");
            return;
        }
        Set<ReportFormat> reportFormats = reportFormats();
        if (timeout <= 0) {
            throw new MojoExecutionException("netroute timeout must be a positive number of seconds, not " + timeout);
        }
        Verifier verifier;
        try {
            verifier = new Verifier(engine, Duration.ofSeconds(timeout));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("netroute: " + e.getMessage(), e);
        }
        Map<String, Path> files = sources();
        if (files.isEmpty()) {
            getLog().warn("NetRoute: no files match " + Arrays.toString(includes) + " in "
                    + Arrays.toString(sourceDirectories));
            return;
        }
        BuildLog buildLog = new BuildLog(getLog());
        List<FileResult> results = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            FileResult result = verifier.verify(file.getValue(), file.getKey(), Monitor.none());
            buildLog.write(result);
            results.add(result);
        }
        buildLog.summary(results);
        try {
            Path reports = outputDirectory == null ? Path.of("target", "netroute") : outputDirectory.toPath();
            for (Path report : new ReportDirectory(reports,
                    basedir == null ? Path.of("") : basedir.toPath()).write(results, reportFormats)) {
                getLog().info("NetRoute report: " + report);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot write the NetRoute reports to " + outputDirectory, e);
        }
        Optional<String> failure = new FailurePolicy(failOnViolation, failOnUnknown).failure(results);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    private Set<ReportFormat> reportFormats() throws MojoExecutionException {
        Set<ReportFormat> chosen = new LinkedHashSet<>();
        for (String format : formats == null ? new String[0] : formats) {
            if (format.isBlank()) {
                continue;
            }
            try {
                chosen.add(ReportFormat.byId(format));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("netroute formats: " + e.getMessage(), e);
            }
        }
        return chosen;
    }

    /** The files to verify, by the name logs and reports give them (relative to the project when inside it). */
    private Map<String, Path> sources() throws MojoExecutionException {
        SourceFiles selection = new SourceFiles(List.of(includes),
                excludes == null ? List.of() : List.of(excludes));
        Path base = (basedir == null ? Path.of("") : basedir.toPath()).toAbsolutePath().normalize();
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            for (File folder : sourceDirectories) {
                for (Path file : selection.under(folder.toPath().toAbsolutePath().normalize())) {
                    String name = file.startsWith(base) ? base.relativize(file).toString() : file.toString();
                    files.putIfAbsent(name, file);
                }
            }
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return files;
    }
}
