package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.dsl.validation.IssueCodes;

/**
 * Every diagnostic carries one of {@link IssueCodes}' codes, the key quick fixes and clients use:
 * one bad input per rule (per checked feature where a rule checks several), and every code is
 * produced by some input, so the list of codes holds no code nothing reports.
 */
class IssueCodesTest {

	private final LanguageFixture language = new LanguageFixture();

	/** A bad input and the code its problem must be reported under. */
	record BadInput(String code, String text) {
		@Override
		public String toString() {
			return code + ": " + text.replace("\n", " ").replaceAll(" +", " ");
		}
	}

	private static final String CILIUM = "    cilium {\n        routing-mode: tunnel\n    }\n";
	private static final String SEGMENT = "    segment rack1 {\n        cidr: 192.168.1.0/24\n        mtu: 1500\n    }\n";
	private static final String NODE = "    node worker1 {\n        address: 192.168.1.11 on rack1\n        pod-cidr: 10.0.1.0/24\n"
			+ "        pod web 10.0.1.10\n    }\n";
	private static final String ROUTER = "    router gw {\n        interface eth0 192.168.1.1 on rack1\n        route 10.9.0.0/16 via 192.168.1.11\n    }\n";
	private static final String NATIVE = "    cilium {\n        routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/8\n    }\n";

	/** A valid cluster: a tunnel-mode cilium block, a segment, a node with a pod, and a router. */
	private static String valid() {
		return cluster(CILIUM + SEGMENT + NODE + ROUTER);
	}

	private static String cluster(String declarations) {
		return "cluster prod {\n" + declarations + "}\n";
	}

	private static BadInput bad(String code, String text) {
		return new BadInput(code, text);
	}

	private static BadInput changed(String code, String from, String to) {
		assertTrue(valid().contains(from), from);
		return new BadInput(code, valid().replace(from, to));
	}

	private static BadInput added(String code, String declarations) {
		return new BadInput(code, cluster(CILIUM + SEGMENT + NODE + ROUTER + declarations));
	}

	static List<BadInput> badInputs() {
		String secondNode = "    node worker2 {\n        address: 192.168.1.12 on rack1\n        pod-cidr: 10.0.2.0/24\n    }\n";
		String otherRack = "    segment rack2 {\n        cidr: 192.168.2.0/24\n    }\n"
				+ "    node worker2 {\n        address: 192.168.2.12 on rack2\n        pod-cidr: 10.0.2.0/24\n    }\n";
		return List.of(
				bad(IssueCodes.SYNTAX_ERROR, cluster("    segment rack1 { cidr: 192.168.1.0/24 mtu: }\n")),
				changed(IssueCodes.INVALID_VALUE, "mtu: 1500", "mtu: 99999999999"),
				changed(IssueCodes.INVALID_VALUE, "pod web", "pod \"w\\qeb\""),
				changed(IssueCodes.UNKNOWN_REFERENCE, "192.168.1.11 on rack1", "192.168.1.11 on rack9"),
				added(IssueCodes.UNKNOWN_REFERENCE, "    bgp {\n        peer core\n    }\n"),
				added(IssueCodes.UNKNOWN_REFERENCE, "    bgp {\n        peer gw for worker9\n    }\n"),
				added(IssueCodes.UNKNOWN_REFERENCE, "    firewall acl at core {\n        allow any\n    }\n"),
				changed(IssueCodes.MALFORMED_ADDRESS, "pod web 10.0.1.10", "pod web 10.0.1.300"),
				changed(IssueCodes.MALFORMED_ADDRESS, "address: 192.168.1.11", "address: 192.168.1.311"),
				changed(IssueCodes.MALFORMED_ADDRESS, "eth0 192.168.1.1 ", "eth0 192.168.01.1 "),
				changed(IssueCodes.MALFORMED_ADDRESS, "mtu: 1500", "mtu: 1500\n        gateway: 192.168.1.256"),
				changed(IssueCodes.MALFORMED_ADDRESS, "via 192.168.1.11", "via 192.168.1.999"),
				changed(IssueCodes.MALFORMED_CIDR, "cidr: 192.168.1.0/24", "cidr: 192.168.1.0/40"),
				changed(IssueCodes.MALFORMED_CIDR, "pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.0/33"),
				changed(IssueCodes.MALFORMED_CIDR, "route 10.9.0.0/16", "route 10.9.0.0/99"),
				bad(IssueCodes.MALFORMED_CIDR, cluster(NATIVE.replace("10.0.0.0/8", "10.0.0.256/8") + SEGMENT + NODE)),
				changed(IssueCodes.HOST_BITS_SET, "cidr: 192.168.1.0/24", "cidr: 192.168.1.7/24"),
				added(IssueCodes.SEGMENT_WITHOUT_CIDR, "    segment empty {\n    }\n"),
				added(IssueCodes.NODE_WITHOUT_ADDRESS, "    node lone {\n        pod-cidr: 10.0.9.0/24\n    }\n"),
				added(IssueCodes.NODE_WITHOUT_POD_CIDR, "    node lone {\n        address: 192.168.1.50 on rack1\n    }\n"),
				added(IssueCodes.SECOND_CILIUM_BLOCK, CILIUM),
				added(IssueCodes.SECOND_BGP_BLOCK, "    bgp {\n        peer gw\n    }\n    bgp {\n        peer gw\n    }\n"),
				changed(IssueCodes.POD_OUTSIDE_POD_CIDR, "pod web 10.0.1.10", "pod web 10.0.2.10"),
				changed(IssueCodes.ADDRESS_OUTSIDE_SEGMENT, "address: 192.168.1.11", "address: 192.168.2.11"),
				changed(IssueCodes.ADDRESS_OUTSIDE_SEGMENT, "eth0 192.168.1.1 ", "eth0 192.168.9.1 "),
				changed(IssueCodes.ADDRESS_OUTSIDE_SEGMENT, "mtu: 1500", "mtu: 1500\n        gateway: 10.9.9.9"),
				added(IssueCodes.POD_CIDRS_OVERLAP, secondNode.replace("10.0.2.0/24", "10.0.0.0/16")),
				changed(IssueCodes.POD_CIDR_OVERLAPS_SEGMENT, "10.0.1.0/24", "192.168.0.0/16"),
				added(IssueCodes.SEGMENTS_OVERLAP, "    segment rack2 {\n        cidr: 192.168.0.0/16\n    }\n"),
				bad(IssueCodes.DUPLICATE_CLUSTER_NAME, valid() + valid()),
				added(IssueCodes.DUPLICATE_NAME, "    segment worker1 {\n        cidr: 192.168.7.0/24\n    }\n"),
				changed(IssueCodes.DUPLICATE_INTERFACE_NAME, "on rack1\n        route", "on rack1\n        interface eth0 192.168.1.2 on rack1\n        route"),
				added(IssueCodes.DUPLICATE_ADDRESS, secondNode.replace("192.168.1.12", "192.168.1.11")),
				changed(IssueCodes.DUPLICATE_ROUTE, "via 192.168.1.11\n", "via 192.168.1.11\n        route 10.9.0.0/16 drop\n"),
				changed(IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE, "routing-mode: tunnel", "routing-mode: tunnel auto-direct-node-routes: true"),
				changed(IssueCodes.NATIVE_ROUTING_WITHOUT_CIDR, "routing-mode: tunnel", "routing-mode: native"),
				bad(IssueCodes.POD_CIDR_OUTSIDE_NATIVE_ROUTING_CIDR, cluster(NATIVE.replace("10.0.0.0/8", "10.1.0.0/16") + SEGMENT + NODE)),
				bad(IssueCodes.NO_DIRECT_NODE_ROUTE, cluster(NATIVE.replace("10.0.0.0/8", "10.0.0.0/8 auto-direct-node-routes: true")
						+ SEGMENT + NODE + otherRack)),
				changed(IssueCodes.UNKNOWN_TUNNEL_PROTOCOL, "routing-mode: tunnel", "routing-mode: tunnel tunnel-protocol: gre"),
				changed(IssueCodes.TUNNEL_PORT_OUT_OF_RANGE, "routing-mode: tunnel", "routing-mode: tunnel tunnel-port: 65536"),
				changed(IssueCodes.CILIUM_MTU_OUT_OF_RANGE, "routing-mode: tunnel", "routing-mode: tunnel mtu: 67"),
				changed(IssueCodes.SEGMENT_MTU_OUT_OF_RANGE, "mtu: 1500", "mtu: 70000"),
				added(IssueCodes.RULE_PORT_OUT_OF_RANGE, "    firewall acl at worker1 {\n        allow tcp port 70000\n    }\n"),
				added(IssueCodes.FIREWALL_WITHOUT_RULES, "    firewall acl at worker1 {\n    }\n"),
				changed(IssueCodes.MALFORMED_ADDRESS, "pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.0/24 cilium-internal-ip: 10.0.1.256"),
				changed(IssueCodes.WIREGUARD_WITH_IPSEC, "routing-mode: tunnel", "routing-mode: tunnel enable-wireguard: true enable-ipsec: true"),
				added(IssueCodes.ESP_WITH_PORT, "    firewall acl at worker1 {\n        deny esp port 500\n    }\n"),
				changed(IssueCodes.CILIUM_INTERNAL_IP_OUTSIDE_POD_CIDR, "pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.0/24 cilium-internal-ip: 10.0.2.1"),
				changed(IssueCodes.CILIUM_INTERNAL_IP_OF_A_POD, "pod-cidr: 10.0.1.0/24", "pod-cidr: 10.0.1.0/24 cilium-internal-ip: 10.0.1.10"),
				bad(IssueCodes.NO_ADDRESS_FOR_CILIUM_INTERNAL_IP, cluster(CILIUM.replace("tunnel", "tunnel enable-ipsec: true") + SEGMENT
						+ NODE.replace("10.0.1.0/24", "10.0.1.10/32"))),
				changed(IssueCodes.UNKNOWN_POLICY_MODE, "routing-mode: tunnel", "routing-mode: tunnel enable-policy: strict"),
				added(IssueCodes.UNKNOWN_ENTITY, "    CiliumNetworkPolicy a {\n        endpointSelector {}\n"
						+ "        ingress { fromEntities: everyone }\n    }\n"),
				added(IssueCodes.UNKNOWN_POLICY_PROTOCOL, "    NetworkPolicy a {\n        ingress { ports { protocol: ICMP } }\n    }\n"),
				added(IssueCodes.UNKNOWN_POLICY_TYPE, "    NetworkPolicy a {\n        policyTypes: Inbound\n    }\n"),
				added(IssueCodes.POLICY_PORT_OUT_OF_RANGE, "    NetworkPolicy a {\n        ingress { ports { port: 0 } }\n    }\n"),
				added(IssueCodes.POLICY_PORT_OUT_OF_RANGE, "    NetworkPolicy a {\n        ingress { ports { endPort: 80 } }\n    }\n"),
				added(IssueCodes.PORT_RANGE_OUT_OF_ORDER, "    NetworkPolicy a {\n        ingress { ports { port: 90 endPort: 80 } }\n    }\n"),
				added(IssueCodes.MALFORMED_MATCH_EXPRESSION, "    NetworkPolicy a {\n        podSelector {\n"
						+ "            matchExpressions { key: app operator: Like values: x }\n        }\n    }\n"),
				added(IssueCodes.EMPTY_SELECTOR, "    NetworkPolicy a {\n        ingress { from { ipBlock {} } }\n    }\n"),
				added(IssueCodes.MALFORMED_IP_BLOCK, "    NetworkPolicy a {\n        ingress { from { ipBlock { cidr: 10.1.0.0/16 "
						+ "except: 10.2.0.0/24 } } }\n    }\n"),
				added(IssueCodes.ENDPOINT_SELECTOR_OTHER_NAMESPACE, "    CiliumNetworkPolicy a {\n        endpointSelector {\n"
						+ "            matchLabels { io.kubernetes.pod.namespace: prod }\n        }\n    }\n"),
				added(IssueCodes.POLICY_SELECTS_NO_POD, "    NetworkPolicy prod/a {\n        podSelector {}\n    }\n"),
				added(IssueCodes.ALLOW_SHADOWED_BY_DENY, "    CiliumNetworkPolicy a {\n        endpointSelector {}\n"
						+ "        egress { toEntities: world }\n        egressDeny { toEntities: all }\n    }\n"),
				added(IssueCodes.POLICY_NOT_MODELLED, "    NetworkPolicy a {\n        ingress { ports { port: http } }\n    }\n"),
				added(IssueCodes.DUPLICATE_POLICY_NAME, "    namespace shop\n    namespace shop\n"));
	}

	@Test
	void theValidClusterHasNoIssues() {
		List<Issue> issues = language.issues(valid());
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void eachProblemIsReportedUnderItsCode(BadInput input) {
		List<Issue> issues = language.issues(input.text());
		assertTrue(issues.stream().anyMatch(issue -> input.code().equals(issue.getCode())), () -> describe(issues));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void everyDiagnosticCarriesOneOfTheIssueCodes(BadInput input) {
		Set<String> codes = issueCodes();
		List<Issue> issues = language.issues(input.text());
		assertTrue(issues.stream().allMatch(issue -> issue.getCode() != null && codes.contains(issue.getCode())), () -> describe(issues));
	}

	/** A check group registered on its own besides being composed would report each problem twice. */
	@ParameterizedTest
	@MethodSource("badInputs")
	void eachProblemIsReportedOnce(BadInput input) {
		List<String> reported = language.issues(input.text()).stream()
				.map(issue -> issue.getCode() + " " + issue.getOffset() + " " + issue.getMessage()).toList();
		assertEquals(new HashSet<>(reported).size(), reported.size(), () -> String.join("\n", reported));
	}

	@Test
	void everyIssueCodeIsReportedBySomeInput() {
		Set<String> covered = badInputs().stream().map(BadInput::code).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(issueCodes()), covered);
	}

	/** The public constants of {@link IssueCodes}. */
	private static Set<String> issueCodes() {
		List<String> codes = new ArrayList<>();
		for (Field field : IssueCodes.class.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
				try {
					codes.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new AssertionError(e);
				}
			}
		}
		assertEquals(codes.size(), Set.copyOf(codes).size(), "two constants share a code: " + codes);
		return Set.copyOf(codes);
	}

	private static String describe(List<Issue> issues) {
		return Stream.concat(Stream.of("issues:"), issues.stream().map(issue -> issue.getCode() + " " + issue.getLineNumber()
				+ " " + issue.getMessage())).collect(Collectors.joining("\n"));
	}
}
