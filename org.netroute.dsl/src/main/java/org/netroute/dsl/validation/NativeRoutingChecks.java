package org.netroute.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.RoutingMode;
import org.netroute.dsl.netRoute.Segment;

/**
 * Native routing that Cilium accepts but that does not do what it seems to: pods masqueraded
 * outside the native-routing CIDR, and nodes that get no direct route. Warnings, not errors.
 */
public class NativeRoutingChecks extends CheckGroup {

	@Check
	public void checkPodCidrInsideNativeRoutingCidr(Node node) {
		Cluster cluster = (Cluster) node.eContainer();
		if (cluster.getCilium().isEmpty() || cluster.getCilium().get(0).getRoutingMode() != RoutingMode.NATIVE) {
			return;
		}
		Cilium cilium = cluster.getCilium().get(0);
		long nativeCidr = Ipv4Text.cidrValue(cilium.getNativeRoutingCidr());
		long podCidr = Ipv4Text.cidrValue(node.getPodCidr());
		if (nativeCidr != Ipv4Text.INVALID && podCidr != Ipv4Text.INVALID && !Ipv4Text.containsBlock(nativeCidr, podCidr)) {
			warning("PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "' lies outside ipv4-native-routing-cidr "
					+ cilium.getNativeRoutingCidr() + ": traffic to it is masqueraded and pods lose their identity", node,
					Literals.NODE__POD_CIDR, IssueCodes.POD_CIDR_OUTSIDE_NATIVE_ROUTING_CIDR);
		}
	}

	/** Cilium installs a direct route only to nodes on a shared L2 segment; others get none. */
	@Check(CheckType.NORMAL)
	public void checkAutoDirectNodeRoutesReachEveryNode(Cluster cluster) {
		if (cluster.getCilium().isEmpty()) {
			return;
		}
		Cilium cilium = cluster.getCilium().get(0);
		if (cilium.getRoutingMode() != RoutingMode.NATIVE || !Boolean.TRUE.equals(cilium.getAutoDirectNodeRoutes())
				|| Boolean.TRUE.equals(cilium.getDirectRoutingSkipUnreachable())) {
			return;
		}
		Map<Segment, Node> firstOnSegment = new LinkedHashMap<>();
		for (Node node : cluster.getNodes()) {
			if (node.getSegment() != null) {
				firstOnSegment.putIfAbsent(node.getSegment(), node);
			}
		}
		if (firstOnSegment.size() < 2) {
			return;
		}
		for (Node node : cluster.getNodes()) {
			firstOnSegment.values().stream().filter(other -> other.getSegment() != node.getSegment()).findFirst()
					.ifPresent(other -> warning("auto-direct-node-routes: node '" + node.getName() + "' on segment '"
							+ name(node.getSegment()) + "' shares no L2 segment with node '" + other.getName()
							+ "' (on '" + name(other.getSegment()) + "'): Cilium installs no direct route between them, logs an error"
							+ " and reports Degraded (set direct-routing-skip-unreachable: true to skip such nodes silently)",
							node, Literals.NODE__SEGMENT, IssueCodes.NO_DIRECT_NODE_ROUTE));
		}
	}

	private static String name(Segment segment) {
		return segment == null ? "?" : segment.getName();
	}
}
