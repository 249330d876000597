package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.conversion.NameSyntax;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Peer;

/**
 * Names as Kubernetes writes them (dotted node names, namespaced pods, names that need quotes)
 * read back as exactly those names, link, format stably, and are written so by NameSyntax.
 */
class KubernetesNamesTest {

	private final LanguageFixture language = new LanguageFixture();

	private static final String CLUSTER = """
			cluster prod.eu-west-1 {
			    cilium {
			        routing-mode: native
			        ipv4-native-routing-cidr: 10.60.0.0/16
			    }
			    segment rack.a { cidr: 10.0.1.0/24 }
			    router "tor" { interface eth0 10.0.1.1 on rack.a }
			    bgp { peer "tor" for ip-10-0-1-11.ec2.internal,"10.0.1.12" }
			    node ip-10-0-1-11.ec2.internal {
			        address: 10.0.1.11 on rack.a
			        pod-cidr: 10.60.1.0/24
			        pod default/web-1 10.60.1.10
			        pod kube-system/"1-dns" 10.60.1.11
			    }
			    node "10.0.1.12" {
			        address: 10.0.1.12 on rack.a
			        pod-cidr: 10.60.2.0/24
			        pod "with \\"quote\\"" 10.60.2.10
			    }
			}
			""";

	@Test
	void dottedQuotedAndNamespacedNamesReadBackAsWritten() {
		XtextResource resource = language.parse(CLUSTER);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		Cluster cluster = ((Model) resource.getContents().get(0)).getClusters().get(0);
		assertEquals("prod.eu-west-1", cluster.getName());
		assertEquals("rack.a", cluster.getSegments().get(0).getName());
		assertEquals("tor", cluster.getRouters().get(0).getName());
		assertEquals(List.of("ip-10-0-1-11.ec2.internal", "10.0.1.12"),
				cluster.getNodes().stream().map(Node::getName).toList());
		assertEquals(List.of("default/web-1", "kube-system/1-dns", "with \"quote\""), cluster.getNodes().stream()
				.flatMap(node -> node.getPods().stream()).map(pod -> pod.getName()).toList());
		Peer peer = cluster.getBgp().get(0).getPeers().get(0);
		assertEquals(cluster.getRouters().get(0), peer.getRouter());
		assertEquals(cluster.getNodes(), peer.getNodes());
		List<Issue> errors = language.errors(CLUSTER);
		assertTrue(errors.isEmpty(), LanguageFixture.describe(errors));
	}

	@Test
	void aPeeringNamingAnUnknownNodeIsAnErrorAtThatName() {
		String text = CLUSTER.replace("\"10.0.1.12\" }", "\"10.0.1.13\" }");
		List<Issue> errors = language.errors(text);
		assertEquals(1, errors.size(), LanguageFixture.describe(errors));
		assertEquals(8, errors.get(0).getLineNumber());
		assertTrue(errors.get(0).getMessage().contains("10.0.1.13"), errors.get(0).getMessage());
	}

	@Test
	void formattingKeepsNamesAndPutsCommasAfterTheirName() {
		String formatted = language.format(CLUSTER);
		assertEquals(formatted, language.format(formatted));
		assertTrue(formatted.contains("peer \"tor\" for ip-10-0-1-11.ec2.internal, \"10.0.1.12\"\n"), formatted);
		assertTrue(formatted.contains("pod kube-system/\"1-dns\" 10.60.1.11"), formatted);
		assertTrue(language.errors(formatted).isEmpty());
	}

	@Test
	void nameSyntaxQuotesWhatTheGrammarWouldNotReadAsTheSameName() {
		NameSyntax names = language.service(NameSyntax.class);
		assertEquals("ip-10-0-1-5.ec2.internal", names.name("ip-10-0-1-5.ec2.internal"));
		assertEquals("worker_1", names.name("worker_1"));
		assertEquals("\"10.0.1.5\"", names.name("10.0.1.5"));
		assertEquals("\"pod\"", names.name("pod"));
		assertEquals("\"a.native\"", names.name("a.native"));
		assertEquals("\"a..b\"", names.name("a..b"));
		assertEquals("\"say \\\"hi\\\"\"", names.name("say \"hi\""));
		assertEquals("default/web-1", names.podName("default", "web-1"));
		assertEquals("kube-system/\"1-dns\"", names.podName("kube-system", "1-dns"));
		assertEquals("default/web-1", names.podName("default/web-1"));
		assertEquals("\"a/b/c\"", names.podName("a/b/c"));
	}

	@Test
	void everyNameNameSyntaxWritesParsesBackToTheSameName() {
		NameSyntax names = language.service(NameSyntax.class);
		List<String> samples = List.of("worker-1", "ip-10-0-1-5.ec2.internal", "10.0.1.5", "1node", "for", "peer",
				"router.tunnel", "with space", "tab\there", "back\\slash", "ünïcode", "-lead", "trail.");
		for (String sample : samples) {
			String text = "cluster c {\n    segment s { cidr: 10.0.0.0/24 }\n    node " + names.name(sample)
					+ " { address: 10.0.0.5 on s pod-cidr: 10.1.0.0/24 pod " + names.podName("ns", sample)
					+ " 10.1.0.5 }\n}\n";
			XtextResource resource = language.parse(text);
			assertTrue(resource.getErrors().isEmpty(), sample + ": " + resource.getErrors() + "\n" + text);
			Node node = ((Model) resource.getContents().get(0)).getClusters().get(0).getNodes().get(0);
			assertEquals(sample, node.getName(), text);
			assertEquals("ns/" + sample, node.getPods().get(0).getName(), text);
		}
	}
}
