package org.netroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.netroute.checker.report.TextReport;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Verifier;
import org.netroute.importer.ImportRequest;
import org.netroute.importer.ImportResult;
import org.netroute.importer.Importer;
import org.netroute.importer.live.LiveCluster;
import org.netroute.importer.source.ObjectSource;
import org.netroute.importer.source.ObjectSources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netroute import}: a cluster's own objects (kubectl dumps, a cilium sysdump, or the live
 * cluster) become a formatted, valid .netroute file; the summary of what was read, assumed and
 * left out goes to standard error. Options map onto the importer's one pipeline.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write a .netroute file from a cluster's Kubernetes and Cilium objects: YAML or JSON files as"
                + " kubectl writes them, folders of them, cilium sysdump zips, or the live cluster of a kubeconfig.",
                "Without -o the file goes to standard output; the summary always goes to standard error."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written (with --verify: all properties PROVED)", "1:--verify: some property VIOLATED",
                "2:input errors (nothing is written)", "3:--verify: some property UNKNOWN and none VIOLATED"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SOURCE",
            description = "YAML or JSON files, folders of them, or cilium sysdump zip archives")
    private List<Path> sources = new ArrayList<>();

    @Option(names = "--context", paramLabel = "NAME", description = "also read the live cluster of this kubeconfig context")
    private String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "also read the live cluster of this kubeconfig (its current context unless --context)")
    private Path kubeconfig;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE.netroute", description = "where to write (default: standard output)")
    private Path output;

    @Option(names = "--force", description = "overwrite the -o file if it exists")
    private boolean force;

    @Option(names = "--underlay", paramLabel = "FILE.netroute",
            description = "segments, routers, firewalls (and cilium options that win over the imported ones);"
                    + " without it the underlay is inferred")
    private Path underlay;

    @Option(names = "--cluster", paramLabel = "NAME",
            description = "the cluster's name (default: the underlay's, else cilium-config's cluster-name, else default);"
                    + " also picks the underlay's cluster when it holds several")
    private String cluster;

    @Option(names = "--segment-prefix", paramLabel = "N", defaultValue = "24",
            description = "prefix length of the inferred segments (default: ${DEFAULT-VALUE})")
    private int segmentPrefix;

    @Option(names = "--verify", description = "then verify the written cluster as `netroute verify` does (both engines)")
    private boolean verify;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sources.isEmpty() && context == null && kubeconfig == null) {
            err.println("netroute import: give at least one SOURCE, or a cluster with --context or --kubeconfig");
            return ExitCodes.INPUT_ERROR;
        }
        if (segmentPrefix < 1 || segmentPrefix > 32) {
            err.println("netroute import: --segment-prefix must be 1..32, not " + segmentPrefix);
            return ExitCodes.INPUT_ERROR;
        }
        if (output != null && Files.exists(output) && !force) {
            err.println("netroute import: " + output + " exists: give --force to overwrite it");
            return ExitCodes.INPUT_ERROR;
        }
        List<ObjectSource> objectSources = new ArrayList<>();
        sources.forEach(path -> objectSources.add(ObjectSources.of(path)));
        if (context != null || kubeconfig != null) {
            objectSources.add(new LiveCluster(Optional.ofNullable(kubeconfig), Optional.ofNullable(context)));
        }
        ImportRequest request = ImportRequest.of(objectSources).withSegmentPrefix(segmentPrefix);
        if (underlay != null) {
            request = request.withUnderlay(underlay);
        }
        if (cluster != null) {
            request = request.withClusterName(cluster);
        }
        ImportResult result = new Importer().run(request);
        for (String line : result.summary().lines()) {
            err.println("netroute import: " + line);
        }
        if (!result.succeeded()) {
            err.println("netroute import: nothing written: " + result.summary().errors().size() + " error"
                    + (result.summary().errors().size() == 1 ? "" : "s"));
            err.flush();
            return ExitCodes.INPUT_ERROR;
        }
        String text = result.text().get();
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Path absolute = output.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
            err.println("netroute import: wrote " + output);
        }
        err.flush();
        if (!verify) {
            return 0;
        }
        String displayName = output == null ? "imported.netroute" : output.toString();
        String uri = output == null ? "imported.netroute" : output.toAbsolutePath().toUri().toString();
        FileResult verified = new Verifier(Verifier.DEFAULT_ENGINE, Verifier.DEFAULT_TIME_LIMIT).verify(text, uri, displayName);
        // the report goes where it does not spoil the written file: standard output only when the file went to -o
        PrintWriter report = output == null ? err : out;
        new TextReport().write(List.of(verified), report);
        report.flush();
        return ExitCodes.of(List.of(verified));
    }
}
