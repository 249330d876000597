package org.netroute.dsl.validation;

import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.RoutingMode;

/**
 * Combinations of cilium-config options the Cilium agent refuses at start-up, or values it does
 * not know.
 */
public class CiliumOptionChecks extends CheckGroup {

	private static final Set<String> TUNNEL_PROTOCOLS = Set.of("vxlan", "geneve");

	@Check
	public void checkAutoDirectNodeRoutesNotWithTunnel(Cilium cilium) {
		if (Boolean.TRUE.equals(cilium.getAutoDirectNodeRoutes()) && cilium.getRoutingMode() != RoutingMode.NATIVE) {
			error("auto-direct-node-routes: true needs routing-mode: native; Cilium refuses to start with it in tunnel mode",
					cilium, Literals.CILIUM__AUTO_DIRECT_NODE_ROUTES, IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE);
		}
	}

	@Check
	public void checkNativeModeHasRoutingCidr(Cilium cilium) {
		if (cilium.getRoutingMode() == RoutingMode.NATIVE && cilium.getNativeRoutingCidr() == null) {
			error("routing-mode: native needs ipv4-native-routing-cidr (the CIDR in which pod traffic is not masqueraded)",
					cilium, Literals.CILIUM__ROUTING_MODE, IssueCodes.NATIVE_ROUTING_WITHOUT_CIDR);
		}
	}

	@Check
	public void checkTunnelProtocolKnown(Cilium cilium) {
		String protocol = cilium.getTunnelProtocol();
		if (protocol != null && !TUNNEL_PROTOCOLS.contains(protocol)) {
			error("Unknown tunnel protocol '" + protocol + "': Cilium supports vxlan (UDP 8472) and geneve (UDP 6081)", cilium,
					Literals.CILIUM__TUNNEL_PROTOCOL, IssueCodes.UNKNOWN_TUNNEL_PROTOCOL);
		}
	}
}
