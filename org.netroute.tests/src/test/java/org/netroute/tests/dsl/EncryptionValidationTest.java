package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.validation.IssueCodes;

/** The static rules of transparent encryption: what Cilium refuses, and what IPsec's CiliumInternalIP must be. */
class EncryptionValidationTest {

	private final LanguageFixture language = new LanguageFixture();

	/** A valid cluster; line numbers below refer to this layout. */
	private static String cluster(String cilium, String node, String rule) {
		return "cluster prod {\n" //                            1
				+ "    cilium {\n" //                           2
				+ "        routing-mode: tunnel\n" //           3
				+ cilium //                                     4 (one line)
				+ "    }\n" //                                  5
				+ "    segment rack1 { cidr: 192.168.1.0/24 }\n" // 6
				+ "    firewall acl at worker1 {\n" //          7
				+ rule //                                       8 (one line)
				+ "    }\n" //                                  9
				+ "    node worker1 {\n" //                     10
				+ "        address: 192.168.1.11 on rack1\n" // 11
				+ "        pod-cidr: 10.0.1.0/30\n" //          12
				+ node //                                       13 (one line)
				+ "        pod web 10.0.1.2\n" //               14
				+ "    }\n" //                                  15
				+ "}\n";
	}

	private static final String NOTHING = "\n";

	private void assertError(String text, int line, String code, String fragment) {
		List<Issue> issues = language.issues(text);
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getLineNumber() == line
				&& code.equals(i.getCode()) && i.getMessage().contains(fragment)),
				() -> "expected an error " + code + " at line " + line + " containing '" + fragment + "', got:\n"
						+ LanguageFixture.describe(issues));
	}

	@Test
	void encryptionOptionsAndAnEspRuleAndAStatedCiliumInternalIpAreValid() {
		List<Issue> issues = language.issues(cluster("        enable-ipsec: true\n        enable-wireguard: false\n",
				"        cilium-internal-ip: 10.0.1.3\n", "        deny esp\n"));
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
	}

	@Test
	void wireGuardTogetherWithIpsecIsAnError() {
		assertError(cluster("        enable-wireguard: true enable-ipsec: true\n", NOTHING, "        allow any\n"), 4,
				IssueCodes.WIREGUARD_WITH_IPSEC, "Cilium refuses to start with two transparent encryptions");
	}

	@Test
	void anEspRuleWithAPortIsAnError() {
		assertError(cluster(NOTHING, NOTHING, "        deny esp port 4500\n"), 8, IssueCodes.ESP_WITH_PORT,
				"ESP (IP protocol 50, IPsec's encrypted packets) has no ports; write 'deny esp'");
	}

	@Test
	void aCiliumInternalIpOutsideThePodCidrIsAnError() {
		assertError(cluster(NOTHING, "        cilium-internal-ip: 10.0.2.1\n", "        allow any\n"), 13,
				IssueCodes.CILIUM_INTERNAL_IP_OUTSIDE_POD_CIDR, "lies outside its PodCIDR 10.0.1.0/30");
	}

	@Test
	void aCiliumInternalIpThatIsAPodsAddressIsAnError() {
		assertError(cluster(NOTHING, "        cilium-internal-ip: 10.0.1.2\n", "        allow any\n"), 13,
				IssueCodes.CILIUM_INTERNAL_IP_OF_A_POD, "is pod 'web''s address");
	}

	@Test
	void aMalformedCiliumInternalIpIsAnError() {
		List<Issue> issues = language.errors(cluster(NOTHING, "        cilium-internal-ip: 10.0.1.300\n", "        allow any\n"));
		assertTrue(issues.stream().anyMatch(i -> i.getLineNumber() == 13 && i.getMessage().contains("Octet 300")),
				LanguageFixture.describe(issues));
	}

	@Test
	void ipsecNeedsAFreePodCidrAddressWhenTheCiliumInternalIpIsNotStated() {
		String full = cluster("        enable-ipsec: true\n", "        pod one 10.0.1.1\n        pod three 10.0.1.3\n",
				"        allow any\n");
		assertError(full, 12, IssueCodes.NO_ADDRESS_FOR_CILIUM_INTERNAL_IP, "every address of PodCIDR 10.0.1.0/30");
		List<Issue> withoutIpsec = language.errors(full.replace("enable-ipsec: true", "enable-ipsec: false"));
		assertEquals(List.of(), withoutIpsec, LanguageFixture.describe(withoutIpsec));
	}
}
