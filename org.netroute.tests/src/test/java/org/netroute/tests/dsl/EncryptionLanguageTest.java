package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.netroute.dsl.ide.hover.AddressOwners;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;

/** The encryption options in the editor: the formatter's layout and the hover on a CiliumInternalIP. */
class EncryptionLanguageTest {

	private static final String CLUSTER = "cluster c { cilium { routing-mode: tunnel enable-ipsec: true }"
			+ " segment s { cidr: 192.168.1.0/24 }"
			+ " firewall f at n { deny esp allow any }"
			+ " node n { address: 192.168.1.10 on s pod-cidr: 10.0.1.0/24 cilium-internal-ip: 10.0.1.7 pod p 10.0.1.10 } }\n";

	private final LanguageFixture language = new LanguageFixture();

	@Test
	void theFormatterPutsEachEncryptionKeyOnItsOwnLine() {
		String formatted = language.format(CLUSTER);
		assertTrue(formatted.contains("\n        enable-ipsec: true\n"), formatted);
		assertTrue(formatted.contains("\n        cilium-internal-ip: 10.0.1.7\n"), formatted);
		assertTrue(formatted.contains("\n        deny esp\n"), formatted);
		assertEquals(formatted, language.format(formatted), "formatting twice gives the same text");
	}

	@Test
	void hoverNamesTheNodeWhoseCiliumInternalIpItIs() {
		Cluster cluster = ((Model) language.parse(CLUSTER).getContents().get(0)).getClusters().get(0);
		List<String> facts = AddressOwners.describe("10.0.1.7", cluster);
		assertEquals("10.0.1.7 is the CiliumInternalIP (cilium_host) of node 'n': IPsec's ESP to this node is addressed to it",
				facts.get(0));
	}
}
