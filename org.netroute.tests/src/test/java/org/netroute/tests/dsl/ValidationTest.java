package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** One test per static rule: an input that breaks it, the message a network engineer reads, and the line. */
class ValidationTest {

	private final LanguageFixture language = new LanguageFixture();

	/** A valid tunnel cluster; line numbers below refer to this layout. */
	private static String tunnel(String cilium, String extra) {
		return "cluster prod {\n" //                       1
				+ "    cilium {\n" //                      2
				+ cilium //                                3 (one line)
				+ "    }\n" //                             4
				+ "    segment rack1 {\n" //               5
				+ "        cidr: 192.168.1.0/24\n" //      6
				+ "        mtu: 1500\n" //                 7
				+ "    }\n" //                             8
				+ "    node worker1 {\n" //                9
				+ "        address: 192.168.1.11 on rack1\n" // 10
				+ "        pod-cidr: 10.0.1.0/24\n" //     11
				+ "        pod web 10.0.1.10\n" //         12
				+ "    }\n" //                             13
				+ extra //                                 14..
				+ "}\n";
	}

	private static final String TUNNEL = "        routing-mode: tunnel\n";

	private void assertIssue(String text, Severity severity, int line, String fragment) {
		List<Issue> issues = language.issues(text);
		boolean found = issues.stream().anyMatch(i -> i.getSeverity() == severity && i.getLineNumber() == line
				&& i.getMessage().contains(fragment));
		assertTrue(found, () -> "expected " + severity + " at line " + line + " containing '" + fragment + "', got:\n"
				+ LanguageFixture.describe(issues));
	}

	@Test
	void validClusterHasNoIssues() {
		List<Issue> issues = language.issues(tunnel(TUNNEL, ""));
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
	}

	@Test
	void octetOutOfRange() {
		assertIssue(tunnel(TUNNEL, "").replace("pod web 10.0.1.10", "pod web 10.0.1.300"), Severity.ERROR, 12,
				"Octet 300 of '10.0.1.300' is out of range");
	}

	@Test
	void prefixLengthAbove32() {
		assertIssue(tunnel(TUNNEL, "").replace("10.0.1.0/24", "10.0.1.0/33"), Severity.ERROR, 11,
				"Prefix length /33 of '10.0.1.0/33' is out of range");
	}

	@Test
	void cidrWithHostBitsNamesTheNetwork() {
		assertIssue(tunnel(TUNNEL, "").replace("cidr: 192.168.1.0/24", "cidr: 192.168.1.7/24"), Severity.ERROR, 6,
				"CIDR 192.168.1.7/24 has host bits set: the network is 192.168.1.0/24");
	}

	@Test
	void malformedAddressIsASyntaxErrorAtItsLine() {
		assertIssue(tunnel(TUNNEL, "").replace("pod web 10.0.1.10", "pod web 10.0.1"), Severity.ERROR, 12, "is not an IPv4 address");
		List<Issue> errors = language.errors(tunnel(TUNNEL, "").replace("pod web 10.0.1.10", "pod web 10.0.1"));
		assertTrue(errors.stream().noneMatch(i -> i.getMessage().contains("RULE_")), LanguageFixture.describe(errors));
	}

	@Test
	void podOutsideItsNodePodCidr() {
		assertIssue(tunnel(TUNNEL, "").replace("pod web 10.0.1.10", "pod web 10.0.2.10"), Severity.ERROR, 12,
				"outside the PodCIDR 10.0.1.0/24 of node 'worker1'");
	}

	@Test
	void overlappingPodCidrs() {
		String second = "    node worker2 {\n        address: 192.168.1.12 on rack1\n        pod-cidr: 10.0.0.0/16\n    }\n";
		assertIssue(tunnel(TUNNEL, second), Severity.ERROR, 16, "PodCIDR 10.0.0.0/16 of node 'worker2' overlaps PodCIDR 10.0.1.0/24");
	}

	@Test
	void podCidrOverlappingASegment() {
		assertIssue(tunnel(TUNNEL, "").replace("pod-cidr: 10.0.1.0/24", "pod-cidr: 192.168.0.0/16")
				.replace("pod web 10.0.1.10", "pod web 192.168.7.10"), Severity.ERROR, 11, "overlaps segment 'rack1'");
	}

	@Test
	void overlappingSegments() {
		String other = "    segment rack2 {\n        cidr: 192.168.0.0/16\n    }\n";
		assertIssue(tunnel(TUNNEL, other), Severity.ERROR, 15, "overlaps segment 'rack1'");
	}

	@Test
	void nodeAddressOutsideItsSegment() {
		assertIssue(tunnel(TUNNEL, "").replace("address: 192.168.1.11", "address: 192.168.2.11"), Severity.ERROR, 10,
				"outside segment 'rack1' (192.168.1.0/24)");
	}

	@Test
	void duplicateNames() {
		String router = "    router worker1 {\n        interface eth0 192.168.1.1 on rack1\n    }\n";
		assertIssue(tunnel(TUNNEL, router), Severity.ERROR, 14, "Duplicate name 'worker1' in cluster 'prod': already used by a node");
	}

	@Test
	void duplicateAddresses() {
		String second = "    node worker2 {\n        address: 192.168.1.11 on rack1\n        pod-cidr: 10.0.2.0/24\n    }\n";
		assertIssue(tunnel(TUNNEL, second), Severity.ERROR, 15, "Duplicate address 192.168.1.11");
	}

	@Test
	void unknownSegment() {
		assertIssue(tunnel(TUNNEL, "").replace("on rack1", "on rack9"), Severity.ERROR, 10, "Unknown segment 'rack9' in cluster 'prod'");
	}

	@Test
	void unknownBgpPeer() {
		assertIssue(tunnel(TUNNEL, "    bgp {\n        peer core\n    }\n"), Severity.ERROR, 15, "Unknown router 'core'");
	}

	@Test
	void unknownFirewallDevice() {
		assertIssue(tunnel(TUNNEL, "    firewall acl at core {\n        allow any\n    }\n"), Severity.ERROR, 14, "Unknown device 'core'");
	}

	@Test
	void referencesDoNotReachIntoAnotherCluster() {
		String text = tunnel(TUNNEL, "") + "cluster other {\n    node n {\n        address: 192.168.1.50 on rack1\n"
				+ "        pod-cidr: 10.9.0.0/24\n    }\n}\n";
		assertIssue(text, Severity.ERROR, 17, "Unknown segment 'rack1' in cluster 'other'");
	}

	@Test
	void routerInterfaceOutsideItsSegment() {
		String router = "    router gw {\n        interface eth0 192.168.9.1 on rack1\n    }\n";
		assertIssue(tunnel(TUNNEL, router), Severity.ERROR, 15, "Interface 'eth0' of router 'gw' has address 192.168.9.1, outside segment 'rack1'");
	}

	@Test
	void autoDirectNodeRoutesInTunnelModeIsRefused() {
		assertIssue(tunnel(TUNNEL + "        auto-direct-node-routes: true\n", "").replace("    }\n    segment", "    }\n    segment"),
				Severity.ERROR, 4, "auto-direct-node-routes: true needs routing-mode: native");
	}

	@Test
	void nativeModeWithoutNativeRoutingCidr() {
		assertIssue(tunnel("        routing-mode: native\n", ""), Severity.ERROR, 3, "routing-mode: native needs ipv4-native-routing-cidr");
	}

	@Test
	void podCidrOutsideNativeRoutingCidrIsMasqueraded() {
		assertIssue(tunnel("        routing-mode: native ipv4-native-routing-cidr: 10.1.0.0/16\n", ""), Severity.WARNING, 11,
				"lies outside ipv4-native-routing-cidr 10.1.0.0/16: traffic to it is masqueraded");
	}

	@Test
	void unknownTunnelProtocol() {
		assertIssue(tunnel("        tunnel-protocol: gre\n", ""), Severity.ERROR, 3,
				"Unknown tunnel protocol 'gre': Cilium supports vxlan (UDP 8472) and geneve (UDP 6081)");
	}

	@Test
	void ciliumMtuOutOfRange() {
		assertIssue(tunnel("        mtu: 67\n", ""), Severity.ERROR, 3, "mtu 67 is out of range 68..65535");
	}

	@Test
	void segmentMtuOutOfRange() {
		assertIssue(tunnel(TUNNEL, "").replace("mtu: 1500", "mtu: 70000"), Severity.ERROR, 7, "MTU 70000 of segment 'rack1' is out of range");
	}

	@Test
	void tunnelPortOutOfRange() {
		assertIssue(tunnel("        tunnel-port: 65536\n", ""), Severity.ERROR, 3, "tunnel-port 65536 is out of range 1..65535");
	}

	@Test
	void nodeOnAnotherSegmentGetsNoDirectRouteWarning() {
		String cilium = "        routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/8 auto-direct-node-routes: true\n";
		String other = "    segment rack2 {\n        cidr: 192.168.2.0/24\n    }\n"
				+ "    node worker2 {\n        address: 192.168.2.12 on rack2\n        pod-cidr: 10.0.2.0/24\n    }\n";
		assertIssue(tunnel(cilium, other), Severity.WARNING, 10, "shares no L2 segment with node 'worker2'");
	}

	@Test
	void skipUnreachableSilencesTheDirectRouteWarning() {
		String cilium = "        routing-mode: native ipv4-native-routing-cidr: 10.0.0.0/8 auto-direct-node-routes: true"
				+ " direct-routing-skip-unreachable: true\n";
		String other = "    segment rack2 {\n        cidr: 192.168.2.0/24\n    }\n"
				+ "    node worker2 {\n        address: 192.168.2.12 on rack2\n        pod-cidr: 10.0.2.0/24\n    }\n";
		List<Issue> issues = language.issues(tunnel(cilium, other));
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
	}

	@Test
	void duplicateRouteForOnePrefix() {
		String router = "    router gw {\n        interface eth0 192.168.1.1 on rack1\n        route 10.9.0.0/16 drop\n"
				+ "        route 10.9.0.0/16 via 192.168.1.11\n    }\n";
		assertIssue(tunnel(TUNNEL, router), Severity.ERROR, 17, "has two routes for 10.9.0.0/16");
	}

	@Test
	void gatewayOutsideItsSegment() {
		assertIssue(tunnel(TUNNEL, "").replace("mtu: 1500", "mtu: 1500\n        gateway: 10.9.9.9"), Severity.ERROR, 8,
				"The gateway of segment 'rack1' has address 10.9.9.9, outside segment 'rack1'");
	}

	@Test
	void segmentWithoutCidr() {
		assertIssue(tunnel(TUNNEL, "    segment empty {\n    }\n"), Severity.ERROR, 14, "Segment 'empty' needs a 'cidr:'");
	}

	@Test
	void numberTooLargeIsAnErrorNotACrash() {
		assertIssue(tunnel("        mtu: 99999999999\n", ""), Severity.ERROR, 3, "Number 99999999999 is too large");
	}
}
