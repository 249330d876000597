package org.netroute.tests.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.netroute.dsl.netRoute.CiliumPolicy;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.NetworkPolicy;
import org.netroute.dsl.validation.IssueCodes;

/**
 * Namespaces, labels, NetworkPolicy, CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy as
 * written in a .netroute file: what parses, its canonical layout, and every policy diagnostic at
 * its line and column.
 */
class PolicyLanguageTest {

	private final LanguageFixture language = new LanguageFixture();

	/** Every policy construct, in the formatter's layout. */
	static final String EVERYTHING = """
			cluster shop {
			    cilium {
			        routing-mode: tunnel
			        enable-policy: default
			    }
			    segment rack1 {
			        cidr: 192.168.1.0/24
			    }
			    namespace shop labels { team: web "app.kubernetes.io/part-of": store }
			    namespace kube-system
			    node worker1 {
			        address: 192.168.1.11 on rack1
			        pod-cidr: 10.0.1.0/24
			        pod shop/web-1 10.0.1.10 labels { app: web version: "1.2" }
			        pod shop/db-1 10.0.1.11 labels { app: db tier: "" }
			        pod kube-system/coredns-1 10.0.1.12 labels { k8s-app: kube-dns }
			    }
			    NetworkPolicy shop/db {
			        podSelector {
			            matchLabels { app: db }
			            matchExpressions { key: tier operator: Exists }
			        }
			        policyTypes: Ingress, Egress
			        ingress {
			            from {
			                podSelector {
			                    matchLabels { app: web }
			                }
			                namespaceSelector {
			                    matchExpressions { key: team operator: In values: web, api }
			                }
			            }
			            from {
			                ipBlock { cidr: 172.16.0.0/12 except: 172.16.1.0/24, 172.16.2.0/24 }
			            }
			            ports { protocol: TCP port: 5432 endPort: 5440 }
			        }
			        egress {
			            to {
			                namespaceSelector {}
			            }
			            ports { protocol: UDP port: 53 }
			        }
			    }
			    CiliumNetworkPolicy shop/web {
			        endpointSelector {
			            matchLabels { app: web }
			        }
			        enableDefaultDeny { ingress: true egress: false }
			        ingress {
			            fromEndpoints {
			                matchLabels { "k8s:io.kubernetes.pod.namespace": kube-system }
			            }
			            fromEntities: host, cluster, ingress, remote-node
			            fromCIDR: 10.10.0.0/16
			            toPorts {
			                ports { port: 8080 protocol: TCP }
			            }
			        }
			        ingressDeny {
			            fromEntities: world
			        }
			        egress {
			            toEndpoints {
			                matchExpressions { key: app operator: NotIn values: cache }
			            }
			            toEntities: kube-apiserver
			            toCIDR: 0.0.0.0/0
			        }
			        egressDeny {
			            toEndpoints {}
			            toPorts {
			                ports { port: 25 protocol: ANY }
			            }
			        }
			    }
			    CiliumClusterwideNetworkPolicy dns {
			        endpointSelector {}
			        egress {
			            toEndpoints {
			                matchLabels { io.kubernetes.pod.namespace: kube-system k8s-app: kube-dns }
			            }
			            toPorts {
			                ports { port: 53 protocol: UDP }
			            }
			        }
			    }
			}
			""";

	@Test
	void everyConstructParsesAndValidatesClean() {
		List<Issue> issues = language.issues(EVERYTHING);
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
		Cluster cluster = ((Model) language.parse(EVERYTHING).getContents().get(0)).getClusters().get(0);
		assertEquals(2, cluster.getNamespaces().size());
		NetworkPolicy db = cluster.getNetworkPolicies().get(0);
		assertEquals("shop/db", db.getName());
		assertEquals(List.of("web", "api"), db.getIngress().get(0).getPeers().get(0).getNamespaceSelector()
				.getMatchExpressions().get(0).getValues());
		assertEquals(5440, db.getIngress().get(0).getPorts().get(0).getEndPort());
		CiliumPolicy web = cluster.getCiliumPolicies().get(0);
		assertEquals("k8s:io.kubernetes.pod.namespace", web.getIngress().get(0).getEndpoints().get(0).getMatchLabels()
				.get(0).getKey());
		assertEquals(List.of("host", "cluster", "ingress", "remote-node"), web.getIngress().get(0).getEntities());
		assertTrue(cluster.getCiliumPolicies().get(1).isClusterwide());
		assertEquals("1.2", cluster.getNodes().get(0).getPods().get(0).getLabels().getEntries().get(1).getValue());
		assertEquals("", cluster.getNodes().get(0).getPods().get(1).getLabels().getEntries().get(1).getValue());
	}

	@Test
	void theLayoutAboveIsTheFormattersOwn() {
		assertEquals(EVERYTHING, language.format(EVERYTHING));
		String cramped = EVERYTHING.replaceAll("\\n\\s*", " ");
		assertEquals(EVERYTHING, language.format(cramped));
	}

	@Test
	void aClusterMayStillBeCalledRules() {
		List<Issue> issues = language.issues("cluster rules {\n}\n");
		assertEquals(List.of(), issues, LanguageFixture.describe(issues));
	}

	/** One policy added to a small valid cluster; its first line is line 9. */
	private static String with(String policy) {
		return "cluster shop {\n" //                                 1
				+ "    segment rack1 { cidr: 192.168.1.0/24 }\n" //   2
				+ "    node worker1 {\n" //                          3
				+ "        address: 192.168.1.11 on rack1\n" //      4
				+ "        pod-cidr: 10.0.1.0/24\n" //               5
				+ "        pod shop/web-1 10.0.1.10 labels { app: web }\n" // 6
				+ "        pod shop/db-1 10.0.1.11 labels { app: db }\n" //   7
				+ "    }\n" //                                       8
				+ policy //                                          9...
				+ "}\n";
	}

	private void assertIssue(String text, Severity severity, String code, int line, int column, String fragment) {
		List<Issue> issues = language.issues(text);
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == severity && code.equals(i.getCode())
				&& i.getLineNumber() == line && i.getColumn() == column && i.getMessage().contains(fragment)),
				() -> "expected " + severity + " " + code + " at " + line + ":" + column + " containing '" + fragment
						+ "', got:\n" + LanguageFixture.describe(issues));
	}

	@Test
	void anUnknownEntityIsAnErrorAtTheEntity() {
		assertIssue(with("    CiliumNetworkPolicy shop/a {\n        endpointSelector {}\n"
				+ "        ingress { fromEntities: host, world-ipv4 }\n    }\n"), Severity.ERROR, IssueCodes.UNKNOWN_ENTITY, 11,
				39, "Unknown entity 'world-ipv4'");
	}

	@Test
	void aPortRangeOutOfOrderIsAnErrorAtEndPort() {
		assertIssue(with("    NetworkPolicy shop/a {\n        ingress {\n"
				+ "            ports { protocol: TCP port: 5440 endPort: 5432 }\n        }\n    }\n"), Severity.ERROR,
				IssueCodes.PORT_RANGE_OUT_OF_ORDER, 11, 55, "endPort 5432 is below port 5440");
	}

	@Test
	void anEndpointSelectorNamingAnotherNamespaceIsAWarning() {
		assertIssue(with("    CiliumNetworkPolicy shop/a {\n        endpointSelector {\n"
				+ "            matchLabels { app: web \"k8s:io.kubernetes.pod.namespace\": prod }\n        }\n    }\n"),
				Severity.WARNING, IssueCodes.ENDPOINT_SELECTOR_OTHER_NAMESPACE, 11, 71,
				"Cilium replaces it by shop");
	}

	@Test
	void aPolicySelectingNoPodIsAWarningAtItsName() {
		assertIssue(with("    NetworkPolicy shop/a {\n        podSelector {\n            matchLabels { app: cache }\n"
				+ "        }\n    }\n"), Severity.WARNING, IssueCodes.POLICY_SELECTS_NO_POD, 9, 19, "selects no pod");
		assertIssue(with("    CiliumClusterwideNetworkPolicy a {\n        endpointSelector {\n"
				+ "            matchExpressions { key: app operator: DoesNotExist }\n        }\n    }\n"), Severity.WARNING,
				IssueCodes.POLICY_SELECTS_NO_POD, 9, 36, "selects no pod");
		List<Issue> none = language.issues(with("    NetworkPolicy shop/a {\n        podSelector {}\n    }\n"
				+ "    CiliumNetworkPolicy shop/b {\n        endpointSelector {\n"
				+ "            matchExpressions { key: app operator: In values: db, cache }\n        }\n    }\n"));
		assertEquals(List.of(), none, LanguageFixture.describe(none));
	}

	@Test
	void emptySelectorsKubernetesForbidsAreErrors() {
		assertIssue(with("    NetworkPolicy shop/a {\n        ingress {\n            from {}\n        }\n    }\n"),
				Severity.ERROR, IssueCodes.EMPTY_SELECTOR, 11, 13, "An empty peer");
		assertIssue(with("    CiliumNetworkPolicy shop/a {\n        ingress {}\n    }\n"), Severity.ERROR,
				IssueCodes.EMPTY_SELECTOR, 9, 25, "needs an endpointSelector");
		assertIssue(with("    NetworkPolicy shop/a {\n        egress {\n            to {\n"
				+ "                podSelector {\n                    matchExpressions { key: app operator: In }\n"
				+ "                }\n            }\n        }\n    }\n"), Severity.ERROR,
				IssueCodes.MALFORMED_MATCH_EXPRESSION, 13, 59, "needs values");
	}

	@Test
	void anAllowThatADenyOfTheSamePolicyShadowsIsAWarning() {
		assertIssue(with("    CiliumNetworkPolicy shop/a {\n        endpointSelector {}\n"
				+ "        ingress {\n            fromEndpoints {\n                matchLabels { app: web }\n            }\n"
				+ "            toPorts {\n                ports { port: 80 protocol: TCP }\n            }\n        }\n"
				+ "        ingressDeny {\n            fromEndpoints {\n                matchLabels { app: web }\n"
				+ "            }\n        }\n    }\n"), Severity.WARNING, IssueCodes.ALLOW_SHADOWED_BY_DENY, 11, 9,
				"ingressDeny rule at line 19");
		List<Issue> notShadowed = language.issues(with("    CiliumNetworkPolicy shop/a {\n        endpointSelector {}\n"
				+ "        ingress {\n            fromEntities: cluster\n        }\n"
				+ "        ingressDeny {\n            fromEntities: cluster\n            toPorts {\n"
				+ "                ports { port: 22 protocol: TCP }\n            }\n        }\n    }\n"));
		assertEquals(List.of(), notShadowed, LanguageFixture.describe(notShadowed));
	}

	@Test
	void namedPortsL7AndFqdnRulesAreWarnedOfAsNotModelled() {
		String text = with("    CiliumNetworkPolicy shop/a {\n        endpointSelector {}\n        egress {\n"
				+ "            toFQDNs { matchName: \"example.com\" }\n            toPorts {\n"
				+ "                ports { port: http protocol: TCP }\n"
				+ "                rules {\n                    http {\n                        method: GET\n"
				+ "                    }\n                }\n            }\n        }\n    }\n");
		assertIssue(text, Severity.WARNING, IssueCodes.POLICY_NOT_MODELLED, 12, 13, "toFQDNs is not modelled");
		assertIssue(text, Severity.WARNING, IssueCodes.POLICY_NOT_MODELLED, 14, 31, "Named port 'http' is not modelled");
		assertIssue(text, Severity.WARNING, IssueCodes.POLICY_NOT_MODELLED, 15, 17, "L7 rules are not modelled");
		assertEquals(List.of(), language.errors(text), LanguageFixture.describe(language.errors(text)));
	}

	@Test
	void anUnknownPolicyModeIsAnError() {
		assertIssue("cluster a {\n    cilium {\n        enable-policy: strict\n    }\n}\n", Severity.ERROR,
				IssueCodes.UNKNOWN_POLICY_MODE, 3, 24, "default, always and never");
	}
}
