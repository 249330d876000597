package org.netroute.dsl.validation;

import static org.netroute.dsl.validation.TextOrder.inTextOrder;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Router;

/**
 * One address, one owner: nodes, pods and router interfaces of a cluster, in one pass in text
 * order, so the later of two owners is the one reported.
 */
public class UniqueAddressChecks extends CheckGroup {

	@Check
	public void checkAddressesUnique(Cluster cluster) {
		Map<Long, EObject> seen = new HashMap<>();
		for (EObject declaration : inTextOrder(cluster.getNodes(), cluster.getRouters())) {
			if (declaration instanceof Node node) {
				checkAddressUnique(seen, node, node.getAddress(), Literals.NODE__ADDRESS);
				// A node's pods lie inside its text, after it and before whatever follows it.
				for (Pod pod : node.getPods()) {
					checkAddressUnique(seen, pod, pod.getAddress(), Literals.POD__ADDRESS);
				}
			} else {
				for (Interface iface : ((Router) declaration).getInterfaces()) {
					checkAddressUnique(seen, iface, iface.getAddress(), Literals.INTERFACE__ADDRESS);
				}
			}
		}
	}

	private void checkAddressUnique(Map<Long, EObject> seen, EObject owner, String text, EStructuralFeature feature) {
		long address = Ipv4Text.addressValue(text);
		if (address == Ipv4Text.INVALID) {
			return;
		}
		EObject earlier = seen.putIfAbsent(address, owner);
		if (earlier != null) {
			error("Duplicate address " + text + ": " + addressOwner(owner) + " and " + addressOwner(earlier) + " both have it",
					owner, feature, IssueCodes.DUPLICATE_ADDRESS);
		}
	}

	/** How the duplicate-address message names what has an address. */
	private static String addressOwner(EObject owner) {
		if (owner instanceof Node node) {
			return "node '" + node.getName() + "'";
		}
		if (owner instanceof Pod pod) {
			return "pod '" + pod.getName() + "'";
		}
		Interface iface = (Interface) owner;
		return "interface '" + iface.getName() + "' of router '" + ((Router) iface.eContainer()).getName() + "'";
	}
}
