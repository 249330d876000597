package org.netroute.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.CiliumPolicy;
import org.netroute.dsl.netRoute.CiliumRule;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.IpBlock;
import org.netroute.dsl.netRoute.L7Rules;
import org.netroute.dsl.netRoute.Label;
import org.netroute.dsl.netRoute.MatchExpression;
import org.netroute.dsl.netRoute.Namespace;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.NetworkPolicy;
import org.netroute.dsl.netRoute.NetworkPolicyPeer;
import org.netroute.dsl.netRoute.PolicyPort;
import org.netroute.dsl.netRoute.Selector;
import org.netroute.dsl.netRoute.ToFqdns;
import org.netroute.dsl.netRoute.ToPorts;
import org.netroute.dsl.validation.PolicyScope.ScopedPod;

/**
 * What the Kubernetes API server or Cilium would refuse in a NetworkPolicy, CiliumNetworkPolicy or
 * CiliumClusterwideNetworkPolicy, and what is legal but almost certainly not meant (a policy that
 * selects no pod, an allow that a deny of the same policy always beats), and what NetRoute parses
 * but does not model (named ports, L7 and FQDN rules).
 */
public class PolicyChecks extends CheckGroup {

	private static final Set<String> POLICY_MODES = Set.of("default", "always", "never");
	/** The entities of Cilium v1.16 (pkg/policy/api/entity.go's enumeration). */
	static final Set<String> ENTITIES = Set.of("all", "world", "cluster", "host", "init", "ingress", "unmanaged",
			"remote-node", "health", "none", "kube-apiserver");
	private static final Set<String> KUBERNETES_PROTOCOLS = Set.of("TCP", "UDP", "SCTP");
	private static final Set<String> CILIUM_PROTOCOLS = Set.of("TCP", "UDP", "SCTP", "ANY");
	private static final Set<String> POLICY_TYPES = Set.of("Ingress", "Egress");
	private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");
	private static final int MAX_PORT = 65535;

	@Check
	public void checkPolicyMode(Cilium cilium) {
		String mode = cilium.getEnablePolicy();
		if (mode != null && !POLICY_MODES.contains(mode)) {
			error("Unknown enable-policy '" + mode + "': Cilium's enforcement modes are default, always and never", cilium,
					Literals.CILIUM__ENABLE_POLICY, IssueCodes.UNKNOWN_POLICY_MODE);
		}
	}

	@Check
	public void checkEntities(CiliumRule rule) {
		for (int index = 0; index < rule.getEntities().size(); index++) {
			String entity = rule.getEntities().get(index);
			if (!ENTITIES.contains(entity)) {
				error("Unknown entity '" + entity + "': the entities of Cilium v1.16 are " + String.join(", ",
						ENTITIES.stream().sorted().toList()), rule, Literals.CILIUM_RULE__ENTITIES, index,
						IssueCodes.UNKNOWN_ENTITY);
			}
		}
	}

	@Check
	public void checkPolicyTypes(NetworkPolicy policy) {
		for (int index = 0; index < policy.getPolicyTypes().size(); index++) {
			String type = policy.getPolicyTypes().get(index);
			if (!POLICY_TYPES.contains(type)) {
				error("Unknown policyTypes value '" + type + "': Ingress or Egress", policy,
						Literals.NETWORK_POLICY__POLICY_TYPES, index, IssueCodes.UNKNOWN_POLICY_TYPE);
			}
		}
	}

	@Check
	public void checkPort(PolicyPort port) {
		boolean cilium = port.eContainer() instanceof ToPorts;
		Set<String> protocols = cilium ? CILIUM_PROTOCOLS : KUBERNETES_PROTOCOLS;
		if (port.getProtocol() != null && !protocols.contains(port.getProtocol())) {
			error("Unknown protocol '" + port.getProtocol() + "': " + (cilium ? "TCP, UDP, SCTP or ANY" : "TCP, UDP or SCTP"),
					port, Literals.POLICY_PORT__PROTOCOL, IssueCodes.UNKNOWN_POLICY_PROTOCOL);
		}
		Integer number = port.getPort();
		int lowest = cilium ? 0 : 1;
		if (number != null && (number < lowest || number > MAX_PORT)) {
			error("Port " + number + " is out of range " + lowest + "..65535" + (cilium ? " (0: every port)" : ""), port,
					Literals.POLICY_PORT__PORT, IssueCodes.POLICY_PORT_OUT_OF_RANGE);
		}
		Integer end = port.getEndPort();
		if (end == null) {
			if (port.getNamedPort() != null) {
				warning("Named port '" + port.getNamedPort() + "' is not modelled: NetRoute knows no container ports, so "
						+ "this entry matches no traffic", port, Literals.POLICY_PORT__NAMED_PORT, IssueCodes.POLICY_NOT_MODELLED);
			}
			return;
		}
		if (number == null || number == 0) {
			error("endPort " + end + " needs a numbered port where the range starts", port, Literals.POLICY_PORT__END_PORT,
					IssueCodes.POLICY_PORT_OUT_OF_RANGE);
		} else if (end > MAX_PORT) {
			error("endPort " + end + " is out of range 1..65535", port, Literals.POLICY_PORT__END_PORT,
					IssueCodes.POLICY_PORT_OUT_OF_RANGE);
		} else if (end < number) {
			error("Port range out of order: endPort " + end + " is below port " + number, port,
					Literals.POLICY_PORT__END_PORT, IssueCodes.PORT_RANGE_OUT_OF_ORDER);
		}
	}

	@Check
	public void checkMatchExpression(MatchExpression expression) {
		if (expression.getKey() == null) {
			error("A matchExpressions entry needs a key", expression, Literals.MATCH_EXPRESSION__OPERATOR,
					IssueCodes.MALFORMED_MATCH_EXPRESSION);
			return;
		}
		String operator = expression.getOperator();
		if (operator == null || !OPERATORS.contains(operator)) {
			error((operator == null ? "A matchExpressions entry needs an operator" : "Unknown operator '" + operator + "'")
					+ ": In, NotIn, Exists or DoesNotExist", expression,
					operator == null ? Literals.MATCH_EXPRESSION__KEY : Literals.MATCH_EXPRESSION__OPERATOR,
					IssueCodes.MALFORMED_MATCH_EXPRESSION);
		} else if (operator.endsWith("In") && expression.getValues().isEmpty()) {
			error("Operator " + operator + " needs values (Kubernetes refuses an empty list)", expression,
					Literals.MATCH_EXPRESSION__OPERATOR, IssueCodes.MALFORMED_MATCH_EXPRESSION);
		} else if (!operator.endsWith("In") && !expression.getValues().isEmpty()) {
			error("Operator " + operator + " takes no values", expression, Literals.MATCH_EXPRESSION__VALUES,
					IssueCodes.MALFORMED_MATCH_EXPRESSION);
		}
	}

	@Check
	public void checkPeer(NetworkPolicyPeer peer) {
		if (peer.getPodSelector() == null && peer.getNamespaceSelector() == null && peer.getIpBlock() == null) {
			error("An empty peer: Kubernetes needs podSelector, namespaceSelector or ipBlock (leave out the whole "
					+ (isFrom(peer) ? "from" : "to") + " entry to match every peer)", peer, null, IssueCodes.EMPTY_SELECTOR);
		} else if (peer.getIpBlock() != null && (peer.getPodSelector() != null || peer.getNamespaceSelector() != null)) {
			error("ipBlock cannot be combined with podSelector or namespaceSelector in one peer; write two peers", peer,
					Literals.NETWORK_POLICY_PEER__IP_BLOCK, IssueCodes.MALFORMED_IP_BLOCK);
		}
	}

	private static boolean isFrom(NetworkPolicyPeer peer) {
		return peer.eContainer() instanceof org.netroute.dsl.netRoute.NetworkPolicyRule rule
				&& rule.eContainer() instanceof NetworkPolicy policy && policy.getIngress().contains(rule);
	}

	@Check
	public void checkIpBlock(IpBlock block) {
		if (block.getCidr() == null) {
			error("An ipBlock needs a cidr", block, null, IssueCodes.EMPTY_SELECTOR);
			return;
		}
		long cidr = Ipv4Text.cidrValue(block.getCidr());
		for (int index = 0; index < block.getExcept().size(); index++) {
			long except = Ipv4Text.cidrValue(block.getExcept().get(index));
			if (cidr != Ipv4Text.INVALID && except != Ipv4Text.INVALID && !Ipv4Text.containsBlock(cidr, except)) {
				error("except " + block.getExcept().get(index) + " lies outside the ipBlock's cidr " + block.getCidr(), block,
						Literals.IP_BLOCK__EXCEPT, index, IssueCodes.MALFORMED_IP_BLOCK);
			}
		}
	}

	@Check
	public void checkCiliumPolicy(CiliumPolicy policy) {
		if (policy.getEndpointSelector() == null) {
			error("A " + kind(policy) + " needs an endpointSelector (endpointSelector {} selects every endpoint)", policy,
					Literals.CILIUM_POLICY__NAME, IssueCodes.EMPTY_SELECTOR);
			return;
		}
		if (!policy.isClusterwide() && policy.getName() != null) {
			String namespace = PolicyScope.namespaceOf(policy.getName());
			for (Label label : policy.getEndpointSelector().getMatchLabels()) {
				if (PolicyScope.NAMESPACE_LABEL.equals(PolicyScope.plainKey(label.getKey()))
						&& !namespace.equals(label.getValue())) {
					warning("The endpointSelector of a CiliumNetworkPolicy in namespace " + namespace + " names namespace "
							+ label.getValue() + ": Cilium replaces it by " + namespace
							+ " (use a CiliumClusterwideNetworkPolicy to select endpoints of another namespace)",
							label, Literals.LABEL__VALUE, IssueCodes.ENDPOINT_SELECTOR_OTHER_NAMESPACE);
				}
			}
		}
		checkShadowed(policy.getIngress(), policy.getIngressDeny(), "ingressDeny");
		checkShadowed(policy.getEgress(), policy.getEgressDeny(), "egressDeny");
	}

	/** An allow rule whose every peer and port some deny rule of the same policy and direction also matches. */
	private void checkShadowed(List<CiliumRule> allows, List<CiliumRule> denies, String denyKeyword) {
		for (CiliumRule allow : allows) {
			for (CiliumRule deny : denies) {
				if (peersCovered(allow, deny) && portsCovered(allow, deny)) {
					warning("This allow rule never allows anything: the " + denyKeyword + " rule at line "
							+ org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(deny).getStartLine()
							+ " of the same policy denies all it matches, and deny wins", allow, null,
							IssueCodes.ALLOW_SHADOWED_BY_DENY);
					break;
				}
			}
		}
	}

	private static boolean peersCovered(CiliumRule allow, CiliumRule deny) {
		if (deny.getEntities().contains("all")) {
			return true;
		}
		boolean allowHasPeers = !allow.getEndpoints().isEmpty() || !allow.getEntities().isEmpty()
				|| !allow.getCidrs().isEmpty() || !allow.getFqdns().isEmpty();
		if (!allowHasPeers || !allow.getFqdns().isEmpty()) {
			return false;
		}
		Set<String> denied = new HashSet<>();
		deny.getEndpoints().forEach(selector -> denied.add(PolicyScope.canonical(selector)));
		return allow.getEndpoints().stream().allMatch(selector -> denied.contains(PolicyScope.canonical(selector)))
				&& deny.getEntities().containsAll(allow.getEntities())
				&& allow.getCidrs().stream().allMatch(cidr -> deny.getCidrs().stream().anyMatch(outer -> contains(outer, cidr)));
	}

	private static boolean contains(String outer, String inner) {
		long o = Ipv4Text.cidrValue(outer);
		long i = Ipv4Text.cidrValue(inner);
		return o != Ipv4Text.INVALID && i != Ipv4Text.INVALID && Ipv4Text.containsBlock(o, i);
	}

	private static boolean portsCovered(CiliumRule allow, CiliumRule deny) {
		List<PolicyPort> denied = ports(deny);
		if (denied.isEmpty()) {
			return true;
		}
		List<PolicyPort> allowed = ports(allow);
		return !allowed.isEmpty() && allowed.stream().allMatch(port -> denied.stream().anyMatch(d -> samePort(port, d)));
	}

	private static List<PolicyPort> ports(CiliumRule rule) {
		return rule.getToPorts().stream().flatMap(toPorts -> toPorts.getPorts().stream()).toList();
	}

	private static boolean samePort(PolicyPort a, PolicyPort b) {
		return Objects.equals(protocol(a), protocol(b)) && Objects.equals(a.getPort(), b.getPort())
				&& Objects.equals(a.getEndPort(), b.getEndPort()) && a.getNamedPort() == null && b.getNamedPort() == null;
	}

	private static String protocol(PolicyPort port) {
		return port.getProtocol() == null ? "ANY" : port.getProtocol();
	}

	@Check
	public void checkL7(L7Rules rules) {
		warning("L7 rules are not modelled: NetRoute decides this rule by its ports only, as if every request were allowed",
				rules, null, IssueCodes.POLICY_NOT_MODELLED);
	}

	@Check
	public void checkFqdns(ToFqdns fqdns) {
		warning("toFQDNs is not modelled: NetRoute resolves no names, so this peer matches no traffic", fqdns, null,
				IssueCodes.POLICY_NOT_MODELLED);
	}

	@Check
	public void checkSelectsSomePod(NetworkPolicy policy) {
		if (policy.getName() == null) {
			return;
		}
		String namespace = PolicyScope.namespaceOf(policy.getName());
		boolean some = scope(policy).pods().stream().anyMatch(pod -> pod.namespace().equals(namespace)
				&& (policy.getPodSelector() == null || PolicyScope.matches(policy.getPodSelector(), pod.labels())));
		if (!some) {
			warning("NetworkPolicy " + policy.getName() + " selects no pod: no pod of namespace " + namespace
					+ " has the labels its podSelector asks for", policy, Literals.NETWORK_POLICY__NAME,
					IssueCodes.POLICY_SELECTS_NO_POD);
		}
	}

	@Check
	public void checkSelectsSomeEndpoint(CiliumPolicy policy) {
		if (policy.getName() == null || policy.getEndpointSelector() == null) {
			return;
		}
		String namespace = PolicyScope.namespaceOf(policy.getName());
		boolean some = scope(policy).pods().stream().anyMatch(pod -> (policy.isClusterwide() || pod.namespace().equals(namespace))
				&& PolicyScope.matches(policy.getEndpointSelector(), identityIn(pod, policy)));
		if (!some) {
			warning(kind(policy) + " " + policy.getName() + " selects no pod"
					+ (policy.isClusterwide() ? "" : " of namespace " + namespace) + ": no endpoint has the labels its "
					+ "endpointSelector asks for", policy, Literals.CILIUM_POLICY__NAME, IssueCodes.POLICY_SELECTS_NO_POD);
		}
	}

	/** The labels a namespaced policy's endpointSelector is matched on: Cilium fixes the namespace label to the policy's. */
	private static Map<String, String> identityIn(ScopedPod pod, CiliumPolicy policy) {
		if (policy.isClusterwide()) {
			return pod.identity();
		}
		Map<String, String> identity = new java.util.LinkedHashMap<>(pod.identity());
		for (Label label : policy.getEndpointSelector().getMatchLabels()) {
			if (PolicyScope.NAMESPACE_LABEL.equals(PolicyScope.plainKey(label.getKey())) && label.getValue() != null) {
				identity.put(PolicyScope.NAMESPACE_LABEL, label.getValue());
			}
		}
		return identity;
	}

	@Check
	public void checkUniqueNames(Cluster cluster) {
		Set<String> namespaces = new HashSet<>();
		for (Namespace namespace : cluster.getNamespaces()) {
			if (namespace.getName() != null && !namespaces.add(namespace.getName())) {
				error("Namespace " + namespace.getName() + " is declared twice", namespace, Literals.NAMESPACE__NAME,
						IssueCodes.DUPLICATE_POLICY_NAME);
			}
		}
		Set<String> policies = new HashSet<>();
		for (NetworkPolicy policy : cluster.getNetworkPolicies()) {
			unique(policies, "NetworkPolicy " + qualified(policy.getName()), policy, Literals.NETWORK_POLICY__NAME);
		}
		for (CiliumPolicy policy : cluster.getCiliumPolicies()) {
			unique(policies, kind(policy) + " " + (policy.isClusterwide() ? policy.getName() : qualified(policy.getName())),
					policy, Literals.CILIUM_POLICY__NAME);
		}
	}

	private void unique(Set<String> seen, String name, EObject policy, org.eclipse.emf.ecore.EAttribute feature) {
		if (!seen.add(name)) {
			error(name + " is declared twice", policy, feature, IssueCodes.DUPLICATE_POLICY_NAME);
		}
	}

	private static String qualified(String name) {
		return name == null || name.indexOf('/') >= 0 ? name : "default/" + name;
	}

	private static String kind(CiliumPolicy policy) {
		return policy.isClusterwide() ? "CiliumClusterwideNetworkPolicy" : "CiliumNetworkPolicy";
	}

	/** The cluster's pods, computed once per validation of the cluster. */
	private PolicyScope scope(EObject policy) {
		Cluster cluster = EcoreUtil2.getContainerOfType(policy, Cluster.class);
		Map<Object, Object> context = getContext();
		Object key = PolicyScope.class.getName() + System.identityHashCode(cluster);
		if (context != null && context.get(key) instanceof PolicyScope cached) {
			return cached;
		}
		PolicyScope scope = new PolicyScope(cluster);
		if (context != null) {
			context.put(key, scope);
		}
		return scope;
	}
}
