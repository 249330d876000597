package org.netroute.tests.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.google.inject.Injector;
import com.google.inject.Provider;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.netroute.dsl.ide.NetRouteIdeSetup;

/** Parses, validates and formats .netroute text the way the editor and the CLI do. */
public final class LanguageFixture {

	private static final Injector INJECTOR = new NetRouteIdeSetup().createInjectorAndDoEMFRegistration();

	private final Provider<XtextResourceSet> resourceSets = INJECTOR.getProvider(XtextResourceSet.class);
	private int counter;

	public XtextResource parse(String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("test" + (counter++) + ".netroute"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	public List<Issue> issues(String text) {
		XtextResource resource = parse(text);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public List<Issue> errors(String text) {
		return issues(text).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.collect(Collectors.toList());
	}

	public String format(String text) {
		XtextResource resource = parse(text);
		ITextRegionAccess access = INJECTOR.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		List<ITextReplacement> replacements = INJECTOR.getInstance(IFormatter2.class).format(request);
		return access.getRewriter().renderToString(replacements);
	}

	public <T> T service(Class<T> type) {
		return INJECTOR.getInstance(type);
	}

	public static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
