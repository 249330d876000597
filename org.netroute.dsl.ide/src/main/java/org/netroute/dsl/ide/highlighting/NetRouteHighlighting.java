package org.netroute.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Route;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

/**
 * Colours what the lexer cannot tell apart: names by what they declare, and addresses and CIDRs
 * as numbers. The ids are LSP semantic token types, so any LSP client knows them.
 */
public class NetRouteHighlighting extends DefaultSemanticHighlightingCalculator {

	public static final String DEVICE = "class";
	public static final String SEGMENT = "namespace";
	public static final String POD = "variable";
	public static final String CLUSTER = "type";
	public static final String ADDRESS = "number";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (object instanceof Cluster) {
			mark(object, Literals.CLUSTER__NAME, CLUSTER, acceptor);
		} else if (object instanceof Segment) {
			mark(object, Literals.SEGMENT__NAME, SEGMENT, acceptor);
			mark(object, Literals.SEGMENT__CIDR, ADDRESS, acceptor);
			mark(object, Literals.SEGMENT__GATEWAY, ADDRESS, acceptor);
		} else if (object instanceof Node) {
			mark(object, Literals.DEVICE__NAME, DEVICE, acceptor);
			mark(object, Literals.NODE__ADDRESS, ADDRESS, acceptor);
			mark(object, Literals.NODE__SEGMENT, SEGMENT, acceptor);
			mark(object, Literals.NODE__POD_CIDR, ADDRESS, acceptor);
		} else if (object instanceof Pod) {
			mark(object, Literals.POD__NAME, POD, acceptor);
			mark(object, Literals.POD__ADDRESS, ADDRESS, acceptor);
		} else if (object instanceof Router) {
			mark(object, Literals.DEVICE__NAME, DEVICE, acceptor);
		} else if (object instanceof Interface) {
			mark(object, Literals.INTERFACE__ADDRESS, ADDRESS, acceptor);
			mark(object, Literals.INTERFACE__SEGMENT, SEGMENT, acceptor);
		} else if (object instanceof Route) {
			mark(object, Literals.ROUTE__DESTINATION, ADDRESS, acceptor);
			mark(object, Literals.ROUTE__NEXT_HOP, ADDRESS, acceptor);
		} else if (object instanceof Cilium) {
			mark(object, Literals.CILIUM__NATIVE_ROUTING_CIDR, ADDRESS, acceptor);
		}
		return false;
	}

	private static void mark(EObject object, EStructuralFeature feature, String id, IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), id);
		}
	}
}
