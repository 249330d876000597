package org.netroute.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

/**
 * Every address lies inside the range it is drawn from: a pod's inside its node's PodCIDR, and a
 * node's, an interface's or a gateway's inside the segment it is on.
 */
public class ContainmentChecks extends CheckGroup {

	@Check
	public void checkPodInsideNodePodCidr(Pod pod) {
		Node node = (Node) pod.eContainer();
		long address = Ipv4Text.addressValue(pod.getAddress());
		long podCidr = Ipv4Text.cidrValue(node.getPodCidr());
		if (address != Ipv4Text.INVALID && podCidr != Ipv4Text.INVALID && !Ipv4Text.contains(podCidr, address)) {
			error("Pod '" + pod.getName() + "' has address " + pod.getAddress() + ", outside the PodCIDR " + node.getPodCidr()
					+ " of node '" + node.getName() + "': Cilium allocates pod IPs only from the node's PodCIDR", pod,
					Literals.POD__ADDRESS, IssueCodes.POD_OUTSIDE_POD_CIDR);
		}
	}

	@Check
	public void checkNodeAddressInsideSegment(Node node) {
		checkInsideSegment(node.getAddress(), node.getSegment(), "Node '" + node.getName() + "'", node, Literals.NODE__ADDRESS);
	}

	@Check
	public void checkInterfaceInsideSegment(Interface iface) {
		Router router = (Router) iface.eContainer();
		checkInsideSegment(iface.getAddress(), iface.getSegment(),
				"Interface '" + iface.getName() + "' of router '" + router.getName() + "'", iface, Literals.INTERFACE__ADDRESS);
	}

	@Check
	public void checkGatewayInsideSegment(Segment segment) {
		if (segment.getGateway() != null) {
			checkInsideSegment(segment.getGateway(), segment, "The gateway of segment '" + segment.getName() + "'", segment,
					Literals.SEGMENT__GATEWAY);
		}
	}

	private void checkInsideSegment(String addressText, Segment segment, String what, EObject owner, EStructuralFeature feature) {
		if (segment == null || segment.eIsProxy()) {
			return;
		}
		long address = Ipv4Text.addressValue(addressText);
		long cidr = Ipv4Text.cidrValue(segment.getCidr());
		if (address != Ipv4Text.INVALID && cidr != Ipv4Text.INVALID && !Ipv4Text.contains(cidr, address)) {
			error(what + " has address " + addressText + ", outside segment '" + segment.getName() + "' (" + segment.getCidr()
					+ "): nothing on that L2 network can reach it", owner, feature, IssueCodes.ADDRESS_OUTSIDE_SEGMENT);
		}
	}
}
