package org.netroute.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Device;
import org.netroute.dsl.netRoute.NetRoutePackage;

/**
 * Every reference in a .netroute file names something of the same cluster: a segment, a device,
 * a router or a node. Clusters are verified on their own, so nothing is visible across clusters.
 */
public class NetRouteScopeProvider extends AbstractNetRouteScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Cluster cluster = EcoreUtil2.getContainerOfType(context, Cluster.class);
		if (cluster == null) {
			return IScope.NULLSCOPE;
		}
		if (reference == NetRoutePackage.Literals.NODE__SEGMENT || reference == NetRoutePackage.Literals.INTERFACE__SEGMENT) {
			return Scopes.scopeFor(cluster.getSegments());
		}
		if (reference == NetRoutePackage.Literals.FIREWALL__DEVICE) {
			List<Device> devices = new ArrayList<>(cluster.getNodes());
			devices.addAll(cluster.getRouters());
			return Scopes.scopeFor(devices);
		}
		if (reference == NetRoutePackage.Literals.PEER__ROUTER) {
			return Scopes.scopeFor(cluster.getRouters());
		}
		if (reference == NetRoutePackage.Literals.PEER__NODES) {
			return Scopes.scopeFor(cluster.getNodes());
		}
		return super.getScope(context, reference);
	}
}
