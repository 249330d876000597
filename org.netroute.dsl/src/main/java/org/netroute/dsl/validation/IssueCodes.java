package org.netroute.dsl.validation;

/**
 * The issue code of every diagnostic NetRoute reports: syntax, linking and each validator rule.
 * Quick fixes, markers and LSP clients key on these codes, never on the message text.
 */
public final class IssueCodes {

	private static final String PREFIX = "org.netroute.dsl.";

	// ---------------------------------------------------------------- syntax and linking

	/** Text the grammar does not accept. */
	public static final String SYNTAX_ERROR = PREFIX + "syntaxError";

	/** A value the grammar accepts but that cannot be converted, e.g. a number too large. */
	public static final String INVALID_VALUE = PREFIX + "invalidValue";

	/** A name that refers to no segment, router or device of its cluster. */
	public static final String UNKNOWN_REFERENCE = PREFIX + "unknownReference";

	// ---------------------------------------------------------------- address and CIDR text

	public static final String MALFORMED_ADDRESS = PREFIX + "malformedAddress";

	public static final String MALFORMED_CIDR = PREFIX + "malformedCidr";

	/** Issue data: the CIDR as written and its network. */
	public static final String HOST_BITS_SET = PREFIX + "hostBitsSet";

	// ---------------------------------------------------------------- required settings and blocks

	public static final String SEGMENT_WITHOUT_CIDR = PREFIX + "segmentWithoutCidr";

	public static final String NODE_WITHOUT_ADDRESS = PREFIX + "nodeWithoutAddress";

	public static final String NODE_WITHOUT_POD_CIDR = PREFIX + "nodeWithoutPodCidr";

	public static final String SECOND_CILIUM_BLOCK = PREFIX + "secondCiliumBlock";

	public static final String SECOND_BGP_BLOCK = PREFIX + "secondBgpBlock";

	// ---------------------------------------------------------------- containment and overlaps

	public static final String POD_OUTSIDE_POD_CIDR = PREFIX + "podOutsidePodCidr";

	/** A node's, an interface's or a gateway's address outside the segment it is on. */
	public static final String ADDRESS_OUTSIDE_SEGMENT = PREFIX + "addressOutsideSegment";

	public static final String POD_CIDRS_OVERLAP = PREFIX + "podCidrsOverlap";

	public static final String POD_CIDR_OVERLAPS_SEGMENT = PREFIX + "podCidrOverlapsSegment";

	public static final String SEGMENTS_OVERLAP = PREFIX + "segmentsOverlap";

	// ---------------------------------------------------------------- uniqueness

	public static final String DUPLICATE_CLUSTER_NAME = PREFIX + "duplicateClusterName";

	/** Segments, nodes, routers, firewalls and pods of a cluster share one namespace. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";

	public static final String DUPLICATE_INTERFACE_NAME = PREFIX + "duplicateInterfaceName";

	public static final String DUPLICATE_ADDRESS = PREFIX + "duplicateAddress";

	public static final String DUPLICATE_ROUTE = PREFIX + "duplicateRoute";

	// ---------------------------------------------------------------- Cilium options and numbers

	public static final String AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE = PREFIX + "adnrWithTunnel";

	public static final String NATIVE_ROUTING_WITHOUT_CIDR = PREFIX + "nativeWithoutCidr";

	public static final String POD_CIDR_OUTSIDE_NATIVE_ROUTING_CIDR = PREFIX + "podCidrOutsideNativeRoutingCidr";

	/** Nodes on different L2 segments under auto-direct-node-routes: Cilium installs no route between them. */
	public static final String NO_DIRECT_NODE_ROUTE = PREFIX + "noDirectNodeRoute";

	public static final String UNKNOWN_TUNNEL_PROTOCOL = PREFIX + "unknownTunnelProtocol";

	public static final String TUNNEL_PORT_OUT_OF_RANGE = PREFIX + "tunnelPortOutOfRange";

	public static final String CILIUM_MTU_OUT_OF_RANGE = PREFIX + "ciliumMtuOutOfRange";

	public static final String SEGMENT_MTU_OUT_OF_RANGE = PREFIX + "segmentMtuOutOfRange";

	public static final String RULE_PORT_OUT_OF_RANGE = PREFIX + "rulePortOutOfRange";

	// ---------------------------------------------------------------- firewalls

	public static final String FIREWALL_WITHOUT_RULES = PREFIX + "firewallWithoutRules";

	// ---------------------------------------------------------------- transparent encryption

	/** enable-wireguard and enable-ipsec together: Cilium refuses to start. */
	public static final String WIREGUARD_WITH_IPSEC = PREFIX + "wireguardWithIpsec";

	/** A firewall rule for esp that names a port: ESP has none. */
	public static final String ESP_WITH_PORT = PREFIX + "espWithPort";

	public static final String CILIUM_INTERNAL_IP_OUTSIDE_POD_CIDR = PREFIX + "ciliumInternalIpOutsidePodCidr";

	public static final String CILIUM_INTERNAL_IP_OF_A_POD = PREFIX + "ciliumInternalIpOfAPod";

	/** IPsec and a PodCIDR whose every address is a pod's: no stand-in CiliumInternalIP. */
	public static final String NO_ADDRESS_FOR_CILIUM_INTERNAL_IP = PREFIX + "noAddressForCiliumInternalIp";

	// ---------------------------------------------------------------- identities and policies

	/** enable-policy other than default, always or never. */
	public static final String UNKNOWN_POLICY_MODE = PREFIX + "unknownPolicyMode";

	/** A fromEntities/toEntities value that is no entity of Cilium v1.16. */
	public static final String UNKNOWN_ENTITY = PREFIX + "unknownEntity";

	/** A policy port's protocol other than TCP, UDP, SCTP (and, in Cilium's toPorts, ANY). */
	public static final String UNKNOWN_POLICY_PROTOCOL = PREFIX + "unknownPolicyProtocol";

	/** A policyTypes value other than Ingress or Egress. */
	public static final String UNKNOWN_POLICY_TYPE = PREFIX + "unknownPolicyType";

	/** A port or endPort outside 1..65535, or an endPort without a port. */
	public static final String POLICY_PORT_OUT_OF_RANGE = PREFIX + "policyPortOutOfRange";

	/** endPort below port. */
	public static final String PORT_RANGE_OUT_OF_ORDER = PREFIX + "portRangeOutOfOrder";

	/** A matchExpressions entry without key, with an unknown operator, or values that do not fit the operator. */
	public static final String MALFORMED_MATCH_EXPRESSION = PREFIX + "malformedMatchExpression";

	/** A selector, peer or ipBlock left empty or missing where Kubernetes or Cilium require one. */
	public static final String EMPTY_SELECTOR = PREFIX + "emptySelector";

	/** An ipBlock combined with a selector in one peer, or an except outside its cidr. */
	public static final String MALFORMED_IP_BLOCK = PREFIX + "malformedIpBlock";

	/** A namespaced CiliumNetworkPolicy's endpointSelector naming another namespace (warning: Cilium replaces it). */
	public static final String ENDPOINT_SELECTOR_OTHER_NAMESPACE = PREFIX + "endpointSelectorOtherNamespace";

	/** A policy whose selector selects no pod of the cluster (warning). */
	public static final String POLICY_SELECTS_NO_POD = PREFIX + "policySelectsNoPod";

	/** An allow rule that a deny rule of the same policy fully shadows (warning). */
	public static final String ALLOW_SHADOWED_BY_DENY = PREFIX + "allowShadowedByDeny";

	/** Named ports, L7 rules and FQDN rules: parsed, not modelled (warning). */
	public static final String POLICY_NOT_MODELLED = PREFIX + "policyNotModelled";

	/** Two namespaces or two policies of one kind with one name. */
	public static final String DUPLICATE_POLICY_NAME = PREFIX + "duplicatePolicyName";

	private IssueCodes() {
	}
}
