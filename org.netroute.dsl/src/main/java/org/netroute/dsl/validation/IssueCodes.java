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

	private IssueCodes() {
	}
}
