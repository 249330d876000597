package org.netroute.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Firewall;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Route;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.RoutingMode;
import org.netroute.dsl.netRoute.Rule;
import org.netroute.dsl.netRoute.Segment;

import org.netroute.dsl.validation.PrefixOverlaps.Declared;
import org.netroute.dsl.validation.PrefixOverlaps.Overlap;

/**
 * The static rules of a Cilium cluster description: what Cilium, the kernel or plain IP
 * arithmetic would reject or silently misroute. One method per rule, each error placed on the
 * feature that is wrong so the editor and the CLI point at the right line and column.
 * Transparent encryption's rules are in {@link EncryptionChecks}.
 */
@ComposedChecks(validators = { EncryptionChecks.class })
public class NetRouteValidator extends AbstractNetRouteValidator {

	public static final String MALFORMED_ADDRESS = "org.netroute.dsl.malformedAddress";
	public static final String MALFORMED_CIDR = "org.netroute.dsl.malformedCidr";
	public static final String HOST_BITS_SET = "org.netroute.dsl.hostBitsSet";
	public static final String ADNR_WITH_TUNNEL = "org.netroute.dsl.adnrWithTunnel";
	public static final String NATIVE_WITHOUT_CIDR = "org.netroute.dsl.nativeWithoutCidr";

	static final int MIN_MTU = 68;
	static final int MAX_MTU = 65535;
	static final int MAX_PORT = 65535;
	static final Set<String> TUNNEL_PROTOCOLS = Set.of("vxlan", "geneve");

	// ---------------------------------------------------------------- addresses and CIDRs

	@Check
	public void checkPodAddress(Pod pod) {
		checkAddress(pod, Literals.POD__ADDRESS, pod.getAddress());
	}

	@Check
	public void checkNodeAddress(Node node) {
		checkAddress(node, Literals.NODE__ADDRESS, node.getAddress());
	}

	@Check
	public void checkInterfaceAddress(Interface iface) {
		checkAddress(iface, Literals.INTERFACE__ADDRESS, iface.getAddress());
	}

	@Check
	public void checkGatewayAddress(Segment segment) {
		checkAddress(segment, Literals.SEGMENT__GATEWAY, segment.getGateway());
	}

	@Check
	public void checkNextHopAddress(Route route) {
		checkAddress(route, Literals.ROUTE__NEXT_HOP, route.getNextHop());
	}

	@Check
	public void checkSegmentCidr(Segment segment) {
		checkCidr(segment, Literals.SEGMENT__CIDR, segment.getCidr());
	}

	@Check
	public void checkPodCidr(Node node) {
		checkCidr(node, Literals.NODE__POD_CIDR, node.getPodCidr());
	}

	@Check
	public void checkRouteDestination(Route route) {
		checkCidr(route, Literals.ROUTE__DESTINATION, route.getDestination());
	}

	@Check
	public void checkNativeRoutingCidr(Cilium cilium) {
		checkCidr(cilium, Literals.CILIUM__NATIVE_ROUTING_CIDR, cilium.getNativeRoutingCidr());
	}

	private void checkAddress(EObject owner, EStructuralFeature feature, String text) {
		if (text != null) {
			Ipv4Text.addressProblem(text).ifPresent(problem -> error(problem, owner, feature, MALFORMED_ADDRESS));
		}
	}

	private void checkCidr(EObject owner, EStructuralFeature feature, String text) {
		if (text == null) {
			return;
		}
		Optional<String> problem = Ipv4Text.cidrProblem(text);
		if (problem.isPresent()) {
			Optional<String> corrected = Ipv4Text.correctedCidr(text);
			boolean hostBits = corrected.isPresent() && !corrected.get().equals(text) && problem.get().contains("host bits");
			if (hostBits) {
				error(problem.get(), owner, feature, HOST_BITS_SET, text, corrected.get());
			} else {
				error(problem.get(), owner, feature, MALFORMED_CIDR);
			}
		}
	}

	// ---------------------------------------------------------------- required declarations

	@Check
	public void checkSegmentHasCidr(Segment segment) {
		if (segment.getCidr() == null) {
			error("Segment '" + segment.getName() + "' needs a 'cidr:' (the subnet of this L2 network)", segment, Literals.SEGMENT__NAME);
		}
	}

	@Check
	public void checkNodeHasAddressAndPodCidr(Node node) {
		if (node.getAddress() == null) {
			error("Node '" + node.getName() + "' needs 'address: IP on SEGMENT' (its InternalIP)", node, Literals.DEVICE__NAME);
		}
		if (node.getPodCidr() == null) {
			error("Node '" + node.getName() + "' needs a 'pod-cidr:' (the range its pods get addresses from)", node, Literals.DEVICE__NAME);
		}
	}

	@Check
	public void checkOneCiliumBlock(Cluster cluster) {
		for (int i = 1; i < cluster.getCilium().size(); i++) {
			error("Cluster '" + cluster.getName() + "' has more than one 'cilium' block: merge them", cluster.getCilium().get(i), null);
		}
	}

	@Check
	public void checkOneBgpBlock(Cluster cluster) {
		for (int i = 1; i < cluster.getBgp().size(); i++) {
			error("Cluster '" + cluster.getName() + "' has more than one 'bgp' block: merge them", cluster.getBgp().get(i), null);
		}
	}

	// ---------------------------------------------------------------- containment

	@Check
	public void checkPodInsideNodePodCidr(Pod pod) {
		Node node = (Node) pod.eContainer();
		long address = Ipv4Text.addressValue(pod.getAddress());
		long podCidr = Ipv4Text.cidrValue(node.getPodCidr());
		if (address != Ipv4Text.INVALID && podCidr != Ipv4Text.INVALID && !Ipv4Text.contains(podCidr, address)) {
			error("Pod '" + pod.getName() + "' has address " + pod.getAddress() + ", outside the PodCIDR " + node.getPodCidr()
					+ " of node '" + node.getName() + "': Cilium allocates pod IPs only from the node's PodCIDR", pod,
					Literals.POD__ADDRESS);
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
					+ "): nothing on that L2 network can reach it", owner, feature);
		}
	}

	// ---------------------------------------------------------------- overlaps

	@Check
	public void checkPodCidrsDoNotOverlap(Cluster cluster) {
		List<Declared<Node>> podCidrs = podCidrs(cluster);
		for (Overlap<Node> overlap : PrefixOverlaps.find(podCidrs)) {
			Node node = laterInText(overlap.later().owner(), overlap.earlier().owner());
			Node other = node == overlap.later().owner() ? overlap.earlier().owner() : overlap.later().owner();
			error("PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "' overlaps PodCIDR " + other.getPodCidr()
					+ " of node '" + other.getName() + "': two nodes would own the same pod addresses", node, Literals.NODE__POD_CIDR);
		}
	}

	@Check
	public void checkPodCidrDoesNotOverlapSegment(Cluster cluster) {
		List<Declared<EObject>> all = new ArrayList<>();
		podCidrs(cluster).forEach(d -> all.add(new Declared<>(d.owner(), d.block())));
		segmentCidrs(cluster).forEach(d -> all.add(new Declared<>(d.owner(), d.block())));
		for (Overlap<EObject> overlap : PrefixOverlaps.find(all)) {
			EObject a = overlap.later().owner();
			EObject b = overlap.earlier().owner();
			if (a instanceof Node && b instanceof Segment || a instanceof Segment && b instanceof Node) {
				Node node = (Node) (a instanceof Node ? a : b);
				Segment segment = (Segment) (a instanceof Segment ? a : b);
				error("PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "' overlaps segment '" + segment.getName()
						+ "' (" + segment.getCidr() + "): pod and node addresses would be routed alike", node, Literals.NODE__POD_CIDR);
			}
		}
	}

	@Check
	public void checkSegmentsDoNotOverlap(Cluster cluster) {
		for (Overlap<Segment> overlap : PrefixOverlaps.find(segmentCidrs(cluster))) {
			Segment segment = laterInText(overlap.later().owner(), overlap.earlier().owner());
			Segment other = segment == overlap.later().owner() ? overlap.earlier().owner() : overlap.later().owner();
			error("Segment '" + segment.getName() + "' (" + segment.getCidr() + ") overlaps segment '" + other.getName() + "' ("
					+ other.getCidr() + ")", segment, Literals.SEGMENT__CIDR);
		}
	}

	private static List<Declared<Node>> podCidrs(Cluster cluster) {
		List<Declared<Node>> declared = new ArrayList<>();
		for (Node node : cluster.getNodes()) {
			long block = Ipv4Text.cidrValue(node.getPodCidr());
			if (block != Ipv4Text.INVALID) {
				declared.add(new Declared<>(node, block));
			}
		}
		return declared;
	}

	private static List<Declared<Segment>> segmentCidrs(Cluster cluster) {
		List<Declared<Segment>> declared = new ArrayList<>();
		for (Segment segment : cluster.getSegments()) {
			long block = Ipv4Text.cidrValue(segment.getCidr());
			if (block != Ipv4Text.INVALID) {
				declared.add(new Declared<>(segment, block));
			}
		}
		return declared;
	}

	// ---------------------------------------------------------------- uniqueness

	@Check
	public void checkClusterNamesUnique(Model model) {
		Map<String, Cluster> seen = new HashMap<>();
		for (Cluster cluster : model.getClusters()) {
			if (cluster.getName() != null && seen.putIfAbsent(cluster.getName(), cluster) != null) {
				error("Duplicate cluster name '" + cluster.getName() + "'", cluster, Literals.CLUSTER__NAME);
			}
		}
	}

	/** Segments, nodes, routers, firewalls and pods share one namespace: reports and traces name them alone. */
	@Check
	public void checkNamesUnique(Cluster cluster) {
		Map<String, String> seen = new HashMap<>();
		Consumer<Named> check = named -> {
			if (named.name() == null) {
				return;
			}
			String earlier = seen.putIfAbsent(named.name(), named.kind());
			if (earlier != null) {
				error("Duplicate name '" + named.name() + "' in cluster '" + cluster.getName() + "': already used by a " + earlier,
						named.owner(), named.feature());
			}
		};
		for (EObject declaration : inTextOrder(cluster.getSegments(), cluster.getRouters(), cluster.getFirewalls(), cluster.getNodes())) {
			if (declaration instanceof Segment s) {
				check.accept(new Named(s.getName(), "segment", s, Literals.SEGMENT__NAME));
			} else if (declaration instanceof Router r) {
				check.accept(new Named(r.getName(), "router", r, Literals.DEVICE__NAME));
			} else if (declaration instanceof Firewall f) {
				check.accept(new Named(f.getName(), "firewall", f, Literals.FIREWALL__NAME));
			} else {
				Node node = (Node) declaration;
				check.accept(new Named(node.getName(), "node", node, Literals.DEVICE__NAME));
				// A node's pods lie inside its text, after it and before whatever follows it.
				for (Pod p : node.getPods()) {
					check.accept(new Named(p.getName(), "pod", p, Literals.POD__NAME));
				}
			}
		}
	}

	/**
	 * The declarations of several lists, each in text order already, merged into text order. Only
	 * these top-level declarations are located in the text, once each: what they contain follows
	 * them, so callers walk it in place.
	 */
	@SafeVarargs
	private static List<EObject> inTextOrder(List<? extends EObject>... lists) {
		int size = 0;
		for (List<? extends EObject> list : lists) {
			size += list.size();
		}
		List<EObject> all = new ArrayList<>(size);
		List<Integer> offsets = new ArrayList<>(size);
		for (List<? extends EObject> list : lists) {
			for (EObject declaration : list) {
				all.add(declaration);
				offsets.add(offset(declaration));
			}
		}
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.comparingInt(offsets::get));
		List<EObject> sorted = new ArrayList<>(size);
		for (Integer i : order) {
			sorted.add(all.get(i));
		}
		return sorted;
	}

	@Check
	public void checkInterfaceNamesUnique(Router router) {
		Map<String, Interface> seen = new HashMap<>();
		for (Interface iface : router.getInterfaces()) {
			if (iface.getName() != null && seen.putIfAbsent(iface.getName(), iface) != null) {
				error("Router '" + router.getName() + "' has two interfaces named '" + iface.getName() + "'", iface,
						Literals.INTERFACE__NAME);
			}
		}
	}

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
					owner, feature);
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

	@Check
	public void checkRoutesUnique(Router router) {
		Map<Long, Route> seen = new HashMap<>();
		for (Route route : router.getRoutes()) {
			long destination = Ipv4Text.cidrValue(route.getDestination());
			if (destination != Ipv4Text.INVALID && seen.putIfAbsent(destination, route) != null) {
				error("Router '" + router.getName() + "' has two routes for " + route.getDestination()
						+ ": the kernel keeps only one of them", route, Literals.ROUTE__DESTINATION);
			}
		}
	}

	private record Named(String name, String kind, EObject owner, EStructuralFeature feature) {
	}


	// ---------------------------------------------------------------- Cilium options

	@Check
	public void checkAutoDirectNodeRoutesNotWithTunnel(Cilium cilium) {
		if (Boolean.TRUE.equals(cilium.getAutoDirectNodeRoutes()) && cilium.getRoutingMode() != RoutingMode.NATIVE) {
			error("auto-direct-node-routes: true needs routing-mode: native; Cilium refuses to start with it in tunnel mode",
					cilium, Literals.CILIUM__AUTO_DIRECT_NODE_ROUTES, ADNR_WITH_TUNNEL);
		}
	}

	@Check
	public void checkNativeModeHasRoutingCidr(Cilium cilium) {
		if (cilium.getRoutingMode() == RoutingMode.NATIVE && cilium.getNativeRoutingCidr() == null) {
			error("routing-mode: native needs ipv4-native-routing-cidr (the CIDR in which pod traffic is not masqueraded)",
					cilium, Literals.CILIUM__ROUTING_MODE, NATIVE_WITHOUT_CIDR);
		}
	}

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
					Literals.NODE__POD_CIDR);
		}
	}

	@Check
	public void checkTunnelProtocolKnown(Cilium cilium) {
		String protocol = cilium.getTunnelProtocol();
		if (protocol != null && !TUNNEL_PROTOCOLS.contains(protocol)) {
			error("Unknown tunnel protocol '" + protocol + "': Cilium supports vxlan (UDP 8472) and geneve (UDP 6081)", cilium,
					Literals.CILIUM__TUNNEL_PROTOCOL);
		}
	}

	@Check
	public void checkTunnelPortInRange(Cilium cilium) {
		Integer port = cilium.getTunnelPort();
		if (port != null && port != 0 && (port < 1 || port > MAX_PORT)) {
			error("tunnel-port " + port + " is out of range 1..65535 (0 or absent means the protocol's default)", cilium,
					Literals.CILIUM__TUNNEL_PORT);
		}
	}

	@Check
	public void checkCiliumMtuInRange(Cilium cilium) {
		Integer mtu = cilium.getMtu();
		if (mtu != null && mtu != 0 && (mtu < MIN_MTU || mtu > MAX_MTU)) {
			error("mtu " + mtu + " is out of range 68..65535 (0 or absent means auto: the node's device MTU)", cilium,
					Literals.CILIUM__MTU);
		}
	}

	@Check
	public void checkSegmentMtuInRange(Segment segment) {
		Integer mtu = segment.getMtu();
		if (mtu != null && (mtu < MIN_MTU || mtu > MAX_MTU)) {
			error("MTU " + mtu + " of segment '" + segment.getName() + "' is out of range 68..65535", segment, Literals.SEGMENT__MTU);
		}
	}

	@Check
	public void checkRulePortInRange(Rule rule) {
		Integer port = rule.getPort();
		if (port != null && (port < 1 || port > MAX_PORT)) {
			error("Port " + port + " is out of range 1..65535", rule, Literals.RULE__PORT);
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
		Map<Segment, Node> firstOnSegment = new java.util.LinkedHashMap<>();
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
							node, Literals.NODE__SEGMENT));
		}
	}

	@Check
	public void checkFirewallHasRules(Firewall firewall) {
		if (firewall.getRules().isEmpty()) {
			warning("Firewall '" + firewall.getName() + "' has no rules: it allows everything", firewall, Literals.FIREWALL__NAME);
		}
	}

	private static <T extends EObject> T laterInText(T a, T b) {
		return offset(a) >= offset(b) ? a : b;
	}

	private static int offset(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getOffset();
	}

	private static String name(Segment segment) {
		return segment == null ? "?" : segment.getName();
	}
}
