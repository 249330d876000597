package org.netroute.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Engine;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * Kubernetes' NetworkPolicy semantics on the cases its documentation explains, written from the
 * documented behaviour and decided by each engine. Every case puts the receiver db alone on a node
 * whose firewall drops what policy would let in, so that reachability fails exactly for the pairs
 * policy allows: the first allowed sender in file order is the counterexample, and a case where
 * policy allows no sender is PROVED. Native routing on one L2, so that the firewall sees the pod
 * packet's own protocol and port.
 */
class NetworkPolicySemanticsTest {

    private static final ModelLoader LOADER = new ModelLoader();

    /** The senders in file order (a, b, c), the receiver db, and the policy and firewall of the case. */
    static String cluster(String firewallRules, String policy) {
        return """
                cluster k8s {
                    cilium {
                        routing-mode: native
                        ipv4-native-routing-cidr: 10.0.0.0/16
                        auto-direct-node-routes: true
                    }
                    segment rack1 {
                        cidr: 192.168.1.0/24
                    }
                    namespace shop labels { team: web }
                    namespace other labels { team: api }
                    firewall guard at worker-2 {
                %s
                    }
                    node worker-1 {
                        address: 192.168.1.11 on rack1
                        pod-cidr: 10.0.1.0/24
                        pod other/a 10.0.1.10 labels { role: other }
                        pod shop/b 10.0.1.11 labels { role: client }
                        pod other/c 10.0.1.12 labels { role: client }
                    }
                    node worker-2 {
                        address: 192.168.1.12 on rack1
                        pod-cidr: 10.0.2.0/24
                        pod shop/db 10.0.2.10 labels { app: db }
                    }
                %s
                }
                """.formatted(firewallRules, policy);
    }

    private static final String DROP_ALL = "        deny any";

    static Stream<Arguments> cases() {
        return Stream.of(
                // "podSelector and namespaceSelector in one from entry": pods of role client in namespaces of team api
                Arguments.of("one entry with podSelector and namespaceSelector is their intersection", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                ingress {
                                    from {
                                        podSelector {
                                            matchLabels { role: client }
                                        }
                                        namespaceSelector {
                                            matchLabels { team: api }
                                        }
                                    }
                                }
                            }
                        """), Optional.of("other/c"), Optional.empty()),
                // two entries: either
                Arguments.of("two entries are their union", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                ingress {
                                    from {
                                        podSelector {
                                            matchLabels { role: client }
                                        }
                                    }
                                    from {
                                        namespaceSelector {
                                            matchLabels { team: api }
                                        }
                                    }
                                }
                            }
                        """), Optional.of("other/a"), Optional.empty()),
                // a podSelector alone selects in the policy's own namespace only
                Arguments.of("a podSelector alone stays in the policy's namespace", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                ingress {
                                    from {
                                        podSelector {
                                            matchLabels { role: client }
                                        }
                                    }
                                }
                            }
                        """), Optional.of("shop/b"), Optional.empty()),
                // ipBlock with except: for cluster-external addresses; Cilium never matches a pod by it
                Arguments.of("ipBlock with except never matches a pod", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                ingress {
                                    from {
                                        ipBlock { cidr: 10.0.0.0/8 except: 10.0.9.0/24 }
                                    }
                                }
                            }
                        """), Optional.empty(), Optional.empty()),
                // endPort: the range is inclusive; the firewall drops only its last port
                Arguments.of("endPort includes its last port", cluster("        deny tcp port 32768\n        allow any", """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                ingress {
                                    ports { protocol: TCP port: 32000 endPort: 32768 }
                                }
                            }
                        """), Optional.of("other/a"), Optional.of("TCP 32768")),
                // an empty podSelector selects every pod of the namespace: the namespace is isolated for ingress
                Arguments.of("an empty podSelector selects the whole namespace", cluster(DROP_ALL, """
                            NetworkPolicy shop/isolate {
                                podSelector {}
                                ingress {
                                    from {
                                        podSelector {}
                                    }
                                }
                            }
                        """), Optional.of("shop/b"), Optional.empty()),
                // policyTypes omitted: Ingress always, so a policy with only egress rules also isolates ingress
                Arguments.of("policyTypes omitted means Ingress even with only egress rules", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                egress {
                                    to {
                                        podSelector {}
                                    }
                                }
                            }
                        """), Optional.empty(), Optional.empty()),
                // policyTypes given as Egress only: ingress is not isolated
                Arguments.of("policyTypes Egress leaves ingress open", cluster(DROP_ALL, """
                            NetworkPolicy shop/db {
                                podSelector {
                                    matchLabels { app: db }
                                }
                                policyTypes: Egress
                                egress {
                                    to {
                                        podSelector {}
                                    }
                                }
                            }
                        """), Optional.of("other/a"), Optional.empty()));
    }

    static Stream<Arguments> casesUnderBothEngines() {
        return cases().flatMap(arguments -> Stream.of(new InterpreterEngine(), new AlloyEngine())
                .map(engine -> Arguments.of(arguments.get()[0] + " (" + engine.name() + ")", arguments.get()[1],
                        arguments.get()[2], arguments.get()[3], engine)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesUnderBothEngines")
    void theFirstSenderPolicyAllowsIsTheFirstToFail(String name, String text, Optional<String> firstAllowed,
            Optional<String> probe, Engine engine) {
        Topology topology = topology(text);
        Verdict verdict = engine.check(topology, Property.REACHABILITY);
        if (firstAllowed.isEmpty()) {
            assertEquals(Verdict.Status.PROVED, verdict.status(), () -> verdict.toString());
            return;
        }
        Counterexample counterexample = assertInstanceOf(Verdict.Violated.class, verdict, () -> verdict.toString())
                .counterexample();
        assertEquals(firstAllowed.get(), counterexample.from());
        assertEquals("shop/db", counterexample.to());
        assertEquals(Disposition.DENIED, counterexample.disposition());
        assertEquals("worker-2", counterexample.at());
        probe.ifPresent(words -> assertTrue(counterexample.explanation().contains(words), counterexample.explanation()));
    }

    private static Topology topology(String text) {
        LoadedFile file = LOADER.load(text, "inmemory:/k8s.netroute", "k8s.netroute");
        assertFalse(file.hasErrors(), () -> file.diagnostics().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        return file.topologies().get(0);
    }

    @org.junit.jupiter.api.Test
    void theInterpreterCountsIsolatedPairs() {
        Verdict verdict = new InterpreterEngine().check(topology(cluster("        allow any", """
                    NetworkPolicy shop/db {
                        podSelector {
                            matchLabels { app: db }
                        }
                        ingress {
                            from {
                                podSelector {
                                    matchLabels { role: client }
                                }
                            }
                        }
                    }
                """)), Property.REACHABILITY);
        Verdict.Proved proved = assertInstanceOf(Verdict.Proved.class, verdict);
        assertEquals(Optional.of("over the 10 pod pairs policy allows; 2 pairs isolated by policy"), proved.scope());
    }
}
