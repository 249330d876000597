package org.netroute.importer.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.inject.Injector;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.NetRouteStandaloneSetup;

/**
 * The .netroute language as import uses it: parsing the underlay file, validating the written
 * file with every check the editor and {@code verify} run, and writing names as the grammar
 * wants them. Setting the language up is expensive: one per importer.
 */
public final class Language {

    private final Injector injector;
    private final NetRouteNames names;
    private int files;

    /** @param injector the language's injector (standalone, or the one Eclipse's editor uses) */
    public Language(Injector injector) {
        this.injector = injector;
        this.names = new NetRouteNames(injector);
    }

    /** The standalone language, as the command line runs it. */
    public static Language standalone() {
        return new Language(new NetRouteStandaloneSetup().createInjectorAndDoEMFRegistration());
    }

    public NetRouteNames names() {
        return names;
    }

    public IValueConverterService converters() {
        return injector.getInstance(IValueConverterService.class);
    }

    /** Parses text as if read from {@code fileName}; syntax errors are in the resource's errors. */
    public XtextResource parse(String text, String fileName) {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("import-" + (files++) + "/"
                + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + (fileName.endsWith(".netroute") ? "" : ".netroute")));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** Every check of the language: syntax, references, and the validator's rules. */
    public List<Issue> validate(XtextResource resource) {
        return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }
}
