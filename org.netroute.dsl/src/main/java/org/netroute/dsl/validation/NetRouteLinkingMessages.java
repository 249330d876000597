package org.netroute.dsl.validation;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.NetRoutePackage;

/** Says which kind of thing a name should have been declared as, and in which cluster. */
public class NetRouteLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		Cluster cluster = EcoreUtil2.getContainerOfType(context.getContext(), Cluster.class);
		String where = cluster == null || cluster.getName() == null ? "" : " in cluster '" + cluster.getName() + "'";
		String message;
		if (context.getReference() == NetRoutePackage.Literals.PEER__ROUTER) {
			message = "Unknown router '" + name + "'" + where + ": a BGP peer must be a router declared with 'router " + name + " { ... }'";
		} else if (context.getReference() == NetRoutePackage.Literals.PEER__NODES) {
			message = "Unknown node '" + name + "'" + where + ": a BGP peering names nodes declared with 'node " + name + " { ... }'";
		} else if (context.getReference() == NetRoutePackage.Literals.FIREWALL__DEVICE) {
			message = "Unknown device '" + name + "'" + where + ": a firewall is placed at a node or a router of the cluster";
		} else {
			message = "Unknown segment '" + name + "'" + where + ": declare it with 'segment " + name + " { cidr: ... }'";
		}
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNKNOWN_REFERENCE);
	}
}
