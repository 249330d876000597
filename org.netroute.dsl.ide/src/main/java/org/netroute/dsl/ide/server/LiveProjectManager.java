package org.netroute.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Xtext's project manager, which lends each build the live resources of the open documents:
 * Xtext builds in a fresh resource set every time, and would parse every changed document there
 * from its whole text; a live resource already in that set is used as it is (updated by
 * {@link LiveWorkspaceManager}, left loaded by {@link LiveResourceBuilder}), and after a build the
 * resource it built for an open document is that document's live resource.
 */
public class LiveProjectManager extends ProjectManager {

	@Inject
	private OpenResources openResources;

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		BuildRequest request = super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
		XtextResourceSet resourceSet = request.getResourceSet();
		for (XtextResource live : openResources.all()) {
			if (!deletedFiles.contains(live.getURI()) && getProjectConfig().findSourceFolderContaining(live.getURI()) != null) {
				resourceSet.getResources().add(live);
			}
		}
		return request;
	}

	@Override
	public IncrementalBuilder.Result doBuild(List<URI> dirtyFiles, List<URI> deletedFiles,
			List<IResourceDescription.Delta> externalDeltas, CancelIndicator cancelIndicator) {
		deletedFiles.forEach(openResources::forget);
		IncrementalBuilder.Result result = super.doBuild(dirtyFiles, deletedFiles, externalDeltas, cancelIndicator);
		for (URI uri : dirtyFiles) {
			if (openResources.isOpen(uri)) {
				Resource built = getResourceSet().getResource(uri, false);
				if (built instanceof XtextResource resource && matchesDocument(uri, resource)) {
					openResources.keep(uri, resource);
				} else {
					openResources.forget(uri);
				}
			}
		}
		return result;
	}

	private boolean matchesDocument(URI uri, XtextResource resource) {
		String document = getOpenedDocumentsContentProvider().hasContent(uri)
				? getOpenedDocumentsContentProvider().getContent(uri) : null;
		return resource.isLoaded() && resource.getParseResult() != null && document != null
				&& document.equals(resource.getParseResult().getRootNode().getText());
	}
}
