package org.netroute.dsl.ui.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.netroute.dsl.ui.NetRouteLanguage;

/**
 * Gives a text editor showing a NetRoute file its outline page. The Generic Editor has no outline
 * extension point, but a workbench part asks the adapter manager for what it does not know itself.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptableObject instanceof ITextEditor editor
				&& NetRouteLanguage.isNetRouteFile(editor.getEditorInput().getAdapter(IFile.class))) {
			return adapterType.cast(new NetRouteOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
