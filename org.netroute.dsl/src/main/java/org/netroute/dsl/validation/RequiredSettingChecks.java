package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Segment;

/**
 * Settings the grammar leaves optional (so that a half-written declaration still parses) but
 * without which a segment or a node cannot be placed on the network.
 */
public class RequiredSettingChecks extends CheckGroup {

	@Check
	public void checkSegmentHasCidr(Segment segment) {
		if (segment.getCidr() == null) {
			error("Segment '" + segment.getName() + "' needs a 'cidr:' (the subnet of this L2 network)", segment,
					Literals.SEGMENT__NAME, IssueCodes.SEGMENT_WITHOUT_CIDR);
		}
	}

	@Check
	public void checkNodeHasAddress(Node node) {
		if (node.getAddress() == null) {
			error("Node '" + node.getName() + "' needs 'address: IP on SEGMENT' (its InternalIP)", node, Literals.DEVICE__NAME,
					IssueCodes.NODE_WITHOUT_ADDRESS);
		}
	}

	@Check
	public void checkNodeHasPodCidr(Node node) {
		if (node.getPodCidr() == null) {
			error("Node '" + node.getName() + "' needs a 'pod-cidr:' (the range its pods get addresses from)", node,
					Literals.DEVICE__NAME, IssueCodes.NODE_WITHOUT_POD_CIDR);
		}
	}
}
