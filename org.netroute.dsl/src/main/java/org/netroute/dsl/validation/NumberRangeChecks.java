package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Rule;
import org.netroute.dsl.netRoute.Segment;

/**
 * MTUs and ports within what IP and UDP/TCP allow; the grammar accepts any number that fits an int.
 */
public class NumberRangeChecks extends CheckGroup {

	private static final int MIN_MTU = 68;
	private static final int MAX_MTU = 65535;
	private static final int MAX_PORT = 65535;

	@Check
	public void checkTunnelPortInRange(Cilium cilium) {
		Integer port = cilium.getTunnelPort();
		if (port != null && port != 0 && (port < 1 || port > MAX_PORT)) {
			error("tunnel-port " + port + " is out of range 1..65535 (0 or absent means the protocol's default)", cilium,
					Literals.CILIUM__TUNNEL_PORT, IssueCodes.TUNNEL_PORT_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkCiliumMtuInRange(Cilium cilium) {
		Integer mtu = cilium.getMtu();
		if (mtu != null && mtu != 0 && (mtu < MIN_MTU || mtu > MAX_MTU)) {
			error("mtu " + mtu + " is out of range 68..65535 (0 or absent means auto: the node's device MTU)", cilium,
					Literals.CILIUM__MTU, IssueCodes.CILIUM_MTU_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkSegmentMtuInRange(Segment segment) {
		Integer mtu = segment.getMtu();
		if (mtu != null && (mtu < MIN_MTU || mtu > MAX_MTU)) {
			error("MTU " + mtu + " of segment '" + segment.getName() + "' is out of range 68..65535", segment, Literals.SEGMENT__MTU,
					IssueCodes.SEGMENT_MTU_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkRulePortInRange(Rule rule) {
		Integer port = rule.getPort();
		if (port != null && (port < 1 || port > MAX_PORT)) {
			error("Port " + port + " is out of range 1..65535", rule, Literals.RULE__PORT, IssueCodes.RULE_PORT_OUT_OF_RANGE);
		}
	}
}
