package org.netroute.dsl.ui.highlighting;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Syntax colouring for the Generic Editor, registered for the NetRoute content type. Any edit
 * repaints the whole document: opening or closing a block comment changes everything after it,
 * and NetRoute files are small.
 */
public class NetRoutePresentationReconciler extends PresentationReconciler {

	public NetRoutePresentationReconciler() {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new NetRouteTokenScanner()) {
			@Override
			public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
				IDocument document = event.getDocument();
				return new Region(0, document.getLength());
			}
		};
		setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
