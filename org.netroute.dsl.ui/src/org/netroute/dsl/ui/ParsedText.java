package org.netroute.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.netRoute.Model;

import com.google.inject.Injector;

/**
 * The text of one editor or file, parsed and linked in a resource set of its own, so that the
 * reconciler, the builder, hover and outline can work on snapshots from any thread.
 */
public final class ParsedText {

	private final XtextResource resource;

	private ParsedText(XtextResource resource) {
		this.resource = resource;
	}

	/** Parses {@code text}; {@code name} only names the resource (diagnostics, URIs). */
	public static ParsedText parse(String text, String name) {
		// the resource comes from this injector's factory, not from EMF's global registry, which the
		// checker's own (non-IDE) setup takes over when Verify first runs
		Injector injector = NetRouteLanguage.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(URI.createURI(
				"netroute:/" + name.replace('\\', '/')
						+ (name.endsWith("." + NetRouteLanguage.FILE_EXTENSION) ? "" : "." + NetRouteLanguage.FILE_EXTENSION)));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ParsedText(resource);
	}

	public XtextResource resource() {
		return resource;
	}

	public Optional<Model> model() {
		return resource.getContents().isEmpty() ? Optional.empty()
				: Optional.of((Model) resource.getContents().get(0));
	}

	/** Syntax, linking and every validator check, as the CLI reports them. */
	public List<Issue> issues(CancelIndicator cancelIndicator) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, cancelIndicator);
	}
}
