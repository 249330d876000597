package org.netroute.checker.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.inject.Injector;
import com.google.inject.Provider;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.validation.IssueCodes;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.topology.TopologyBuilder;
import org.netroute.checker.topology.TopologyException;
import org.netroute.dsl.NetRouteStandaloneSetup;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;

/**
 * Reads .netroute text through the DSL (parser, linker, validator with every check) and turns a
 * file without errors into topologies. The only class of the verify layer that touches EMF.
 */
public final class ModelLoader {

    private final Provider<XtextResourceSet> resourceSets;
    private final IResourceValidator validator;

    public ModelLoader() {
        Injector injector = new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration();
        this.resourceSets = injector.getProvider(XtextResourceSet.class);
        this.validator = injector.getInstance(IResourceValidator.class);
    }

    /** Loads a file; an unreadable file yields one error diagnostic, never an exception. */
    public LoadedFile load(Path file) {
        return load(file, file.toString());
    }

    /** Loads a file that reports call {@code displayName}. */
    public LoadedFile load(Path file, String displayName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
            return new LoadedFile(displayName, List.of(new Diagnostic(Severity.ERROR, 0, 0,
                    "cannot read " + file + ": " + reason)), List.of());
        }
        return load(text, URI.createFileURI(file.toAbsolutePath().toString()), displayName);
    }

    /**
     * Loads text as if read from {@code uri} (which should end in .netroute).
     *
     * @param displayName the file name diagnostics and reports show
     */
    public LoadedFile load(String text, String uri, String displayName) {
        return load(text, URI.createURI(uri), displayName);
    }

    private LoadedFile load(String text, URI uri, String displayName) {
        XtextResourceSet resourceSet = resourceSets.get();
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            return new LoadedFile(displayName, List.of(new Diagnostic(Severity.ERROR, 0, 0, e.getMessage())), List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            diagnostics.add(new Diagnostic(severity(issue), number(issue.getLineNumber()), number(issue.getColumn()),
                    issue.getMessage(), issue.isSyntaxError() ? IssueCodes.SYNTAX_ERROR : issue.getCode()));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError) || resource.getContents().isEmpty()) {
            return new LoadedFile(displayName, diagnostics, List.of());
        }
        Model model = (Model) resource.getContents().get(0);
        List<Topology> topologies = new ArrayList<>();
        TopologyBuilder builder = new TopologyBuilder();
        for (Cluster cluster : model.getClusters()) {
            try {
                topologies.add(builder.build(cluster));
            } catch (TopologyException e) {
                diagnostics.add(new Diagnostic(Severity.ERROR, e.line(), e.column(), e.getMessage()));
            }
        }
        return new LoadedFile(displayName, diagnostics,
                diagnostics.stream().anyMatch(Diagnostic::isError) ? List.of() : topologies);
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    private static Severity severity(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
