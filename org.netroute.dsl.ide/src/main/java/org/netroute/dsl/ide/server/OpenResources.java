package org.netroute.dsl.ide.server;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Singleton;

/**
 * The one live {@link XtextResource} per document open in the editor, kept from build to build so
 * that an edit updates it ({@link XtextResource#update}, Xtext's partial parsing) instead of a
 * fresh resource set parsing the whole file again. The workspace manager updates these; the
 * project manager lends them to each build.
 */
@Singleton
public class OpenResources {

	private final Set<URI> open = ConcurrentHashMap.newKeySet();
	private final Map<URI, XtextResource> live = new ConcurrentHashMap<>();

	void opened(URI uri) {
		open.add(uri);
	}

	void closed(URI uri) {
		open.remove(uri);
		live.remove(uri);
	}

	boolean isOpen(URI uri) {
		return open.contains(uri);
	}

	/** The live resource of an open document, once a build has loaded it. */
	public Optional<XtextResource> live(URI uri) {
		return Optional.ofNullable(live.get(uri));
	}

	void keep(URI uri, XtextResource resource) {
		if (open.contains(uri)) {
			live.put(uri, resource);
		}
	}

	/** Drops a live resource that no longer matches its document; the next build loads the text afresh. */
	void forget(URI uri) {
		live.remove(uri);
	}

	Collection<XtextResource> all() {
		return List.copyOf(live.values());
	}
}
