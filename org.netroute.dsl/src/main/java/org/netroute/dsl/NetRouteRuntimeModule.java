package org.netroute.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.IResourceValidator;
import org.netroute.dsl.conversion.NetRouteValueConverters;
import org.netroute.dsl.scoping.NetRouteQualifiedNames;
import org.netroute.dsl.validation.NetRouteLinkingMessages;
import org.netroute.dsl.validation.NetRouteResourceValidator;
import org.netroute.dsl.validation.NetRouteSyntaxErrorMessages;

/** The language's runtime services: the generated defaults plus NetRoute's own messages and values. */
public class NetRouteRuntimeModule extends AbstractNetRouteRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return NetRouteValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return NetRouteLinkingMessages.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return NetRouteQualifiedNames.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return NetRouteResourceValidator.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return NetRouteSyntaxErrorMessages.class;
	}
}
