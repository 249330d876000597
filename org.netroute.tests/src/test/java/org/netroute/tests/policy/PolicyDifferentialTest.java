package org.netroute.tests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.AlloyEngine;
import org.netroute.checker.interpreter.InterpreterEngine;
import org.netroute.checker.topology.Topology;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.LoadedFile;
import org.netroute.checker.verify.ModelLoader;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/**
 * Random namespaces, labels and policies of every kind (NetworkPolicy with pod and namespace
 * selectors, ipBlocks and port ranges; Cilium policies with endpoints, entities, CIDRs, toPorts,
 * deny rules and enableDefaultDeny; every selector operator; every enforcement mode) over a small
 * routed cluster with port-naming firewalls: the interpreter and Alloy give the same verdict on
 * reachability and mtu, and every Alloy counterexample is replayed by the interpreter to the same
 * pair, probe and ending (an unconfirmed one would be UNKNOWN).
 */
class PolicyDifferentialTest {

    private static final int CLUSTERS = 60;
    private static final ModelLoader LOADER = new ModelLoader();
    private static final String[] KEYS = {"app", "tier"};
    private static final String[] VALUES = {"a", "b", "c"};
    private static final String[] ENTITIES = {"all", "cluster", "world", "host", "remote-node"};
    private static final String[] OPERATORS = {"In", "NotIn", "Exists", "DoesNotExist"};
    private static final int[] PORTS = {53, 80, 5432, 8080};

    @Test
    void bothEnginesDecidePolicyAlike() {
        Random random = new Random(21);
        int violations = 0;
        int isolatedSomewhere = 0;
        for (int i = 0; i < CLUSTERS; i++) {
            String text = cluster(random, i);
            Topology topology = topology(text);
            for (Property property : List.of(Property.REACHABILITY, Property.MTU)) {
                Verdict interpreter = new InterpreterEngine().check(topology, property);
                Verdict alloy = new AlloyEngine().check(topology, property);
                assertNotEquals(Verdict.Status.UNKNOWN, alloy.status(), () -> alloy + "\n" + text);
                assertEquals(interpreter.status(), alloy.status(), () -> property.id() + ": " + interpreter + " vs " + alloy
                        + "\n" + text);
                if (interpreter instanceof Verdict.Violated violated) {
                    violations++;
                    Counterexample mine = violated.counterexample();
                    Counterexample theirs = ((Verdict.Violated) alloy).counterexample();
                    assertEquals(List.of(mine.from(), mine.to(), mine.disposition(), mine.at()),
                            List.of(theirs.from(), theirs.to(), theirs.disposition(), theirs.at()),
                            () -> property.id() + "\n" + text);
                } else if (interpreter instanceof Verdict.Proved proved
                        && proved.scope().filter(scope -> !scope.contains(" 0 pairs isolated")).isPresent()) {
                    isolatedSomewhere++;
                }
            }
        }
        // the generator exercises both outcomes: failing allowed pairs and isolation by policy
        assertFalse(violations == 0, "no cluster had a violation");
        assertFalse(isolatedSomewhere == 0, "no cluster isolated a pair");
    }

    private static Topology topology(String text) {
        LoadedFile file = LOADER.load(text, "inmemory:/random.netroute", "random.netroute");
        assertFalse(file.hasErrors(), () -> file.diagnostics().stream().map(Object::toString)
                .collect(Collectors.joining("\n")) + "\n" + text);
        return file.topologies().get(0);
    }

    static String cluster(Random random, int index) {
        boolean tunnel = random.nextBoolean();
        StringBuilder text = new StringBuilder("cluster random-" + index + " {\n    cilium {\n");
        text.append(tunnel ? "        routing-mode: tunnel\n"
                : "        routing-mode: native\n        ipv4-native-routing-cidr: 10.0.0.0/16\n");
        text.append("        enable-policy: ").append(pick(random, "default", "default", "default", "always", "never"))
                .append("\n    }\n");
        text.append("    segment rack1 {\n        cidr: 192.168.1.0/24\n        gateway: 192.168.1.1\n    }\n");
        text.append("    segment rack2 {\n        cidr: 192.168.2.0/24\n        gateway: 192.168.2.1\n    }\n");
        text.append("    router core {\n        interface e1 192.168.1.1 on rack1\n        interface e2 192.168.2.1 on rack2\n");
        if (!tunnel) {
            for (int n = 1; n <= 3; n++) {
                text.append("        route 10.0.").append(n).append(".0/24 via 192.168.").append(n == 3 ? 2 : 1).append('.')
                        .append(10 + n).append('\n');
            }
        }
        text.append("    }\n");
        text.append("    firewall acl at core {\n");
        if (random.nextBoolean()) {
            text.append("        deny tcp port ").append(PORTS[random.nextInt(PORTS.length)]).append('\n');
        }
        if (random.nextInt(3) == 0) {
            text.append("        deny udp port ").append(PORTS[random.nextInt(PORTS.length)]).append('\n');
        }
        text.append("        allow any\n    }\n");
        for (String namespace : new String[] {"n1", "n2"}) {
            text.append("    namespace ").append(namespace).append(" labels { env: ").append(pick(random, VALUES)).append(" }\n");
        }
        int pod = 0;
        for (int n = 1; n <= 3; n++) {
            int rack = n == 3 ? 2 : 1;
            text.append("    node w").append(n).append(" {\n        address: 192.168.").append(rack).append('.').append(10 + n)
                    .append(" on rack").append(rack).append("\n        pod-cidr: 10.0.").append(n).append(".0/24\n");
            int pods = 1 + random.nextInt(2);
            for (int p = 0; p < pods; p++) {
                pod++;
                text.append("        pod ").append(pick(random, "n1", "n2")).append("/p").append(pod).append(" 10.0.").append(n)
                        .append('.').append(10 + p).append(" labels {");
                for (String key : KEYS) {
                    if (random.nextInt(3) > 0) {
                        text.append(' ').append(key).append(": ").append(pick(random, VALUES));
                    }
                }
                text.append(" }\n");
            }
            text.append("    }\n");
        }
        int policies = random.nextInt(4);
        for (int p = 0; p < policies; p++) {
            text.append(random.nextInt(3) == 0 ? networkPolicy(random, p) : ciliumPolicy(random, p));
        }
        return text.append("}\n").toString();
    }

    private static String networkPolicy(Random random, int index) {
        StringBuilder text = new StringBuilder("    NetworkPolicy ").append(pick(random, "n1", "n2")).append("/np")
                .append(index).append(" {\n        podSelector ").append(selector(random)).append('\n');
        if (random.nextBoolean()) {
            text.append("        policyTypes: ").append(pick(random, "Ingress", "Egress", "Ingress, Egress")).append('\n');
        }
        for (String direction : new String[] {"ingress", "egress"}) {
            int rules = random.nextInt(3);
            for (int r = 0; r < rules; r++) {
                text.append("        ").append(direction).append(" {\n");
                int peers = random.nextInt(3);
                for (int q = 0; q < peers; q++) {
                    text.append("            ").append(direction.equals("ingress") ? "from" : "to").append(" {\n");
                    switch (random.nextInt(4)) {
                        case 0 -> text.append("                podSelector ").append(selector(random)).append('\n');
                        case 1 -> text.append("                namespaceSelector ").append(selector(random)).append('\n');
                        case 2 -> text.append("                podSelector ").append(selector(random))
                                .append("\n                namespaceSelector ").append(selector(random)).append('\n');
                        default -> text.append("                ipBlock { cidr: 10.0.0.0/16 except: 10.0.2.0/24 }\n");
                    }
                    text.append("            }\n");
                }
                text.append(ports(random, "TCP", "UDP"));
                text.append("        }\n");
            }
        }
        return text.append("    }\n").toString();
    }

    private static String ciliumPolicy(Random random, int index) {
        boolean clusterwide = random.nextInt(3) == 0;
        StringBuilder text = new StringBuilder(clusterwide ? "    CiliumClusterwideNetworkPolicy cw" + index
                : "    CiliumNetworkPolicy " + pick(random, "n1", "n2") + "/cnp" + index);
        text.append(" {\n        endpointSelector ").append(selector(random)).append('\n');
        if (random.nextInt(3) == 0) {
            text.append("        enableDefaultDeny { ingress: ").append(random.nextBoolean()).append(" egress: ")
                    .append(random.nextBoolean()).append(" }\n");
        }
        for (String kind : new String[] {"ingress", "ingressDeny", "egress", "egressDeny"}) {
            int rules = random.nextInt(kind.endsWith("Deny") ? 2 : 3);
            String prefix = kind.startsWith("ingress") ? "from" : "to";
            for (int r = 0; r < rules; r++) {
                text.append("        ").append(kind).append(" {\n");
                switch (random.nextInt(4)) {
                    case 0 -> text.append("            ").append(prefix).append("Endpoints ").append(selector(random)).append('\n');
                    case 1 -> text.append("            ").append(prefix).append("Entities: ").append(pick(random, ENTITIES))
                            .append('\n');
                    case 2 -> text.append("            ").append(prefix).append("CIDR: 10.0.0.0/16\n");
                    default -> { }
                }
                String ports = ports(random, "TCP", "UDP", "ANY");
                if (!ports.isEmpty()) {
                    text.append("            toPorts {\n    ").append(ports.replace("\n", "\n    ").stripTrailing())
                            .append("\n            }\n");
                }
                text.append("        }\n");
            }
        }
        return text.append("    }\n").toString();
    }

    private static String ports(Random random, String... protocols) {
        StringBuilder text = new StringBuilder();
        int ports = random.nextInt(3);
        for (int p = 0; p < ports; p++) {
            int port = PORTS[random.nextInt(PORTS.length)];
            text.append("            ports { protocol: ").append(pick(random, protocols)).append(" port: ").append(port);
            if (random.nextInt(3) == 0) {
                text.append(" endPort: ").append(port + random.nextInt(100));
            }
            text.append(" }\n");
        }
        return text.toString();
    }

    private static String selector(Random random) {
        List<String> labels = new ArrayList<>();
        if (random.nextBoolean()) {
            labels.add(pick(random, KEYS) + ": " + pick(random, VALUES));
        }
        if (random.nextInt(5) == 0) {
            labels.add("io.cilium.k8s.namespace.labels.env: " + pick(random, VALUES));
        }
        List<String> parts = new ArrayList<>();
        if (!labels.isEmpty() && !(labels.size() == 2 && labels.get(0).startsWith(labels.get(1).split(":")[0]))) {
            parts.add("matchLabels { " + String.join(" ", labels) + " }");
        }
        if (random.nextInt(3) == 0) {
            String operator = pick(random, OPERATORS);
            parts.add("matchExpressions { key: " + pick(random, KEYS) + " operator: " + operator
                    + (operator.endsWith("In") ? " values: " + pick(random, VALUES) + ", " + pick(random, VALUES) : "") + " }");
        }
        return parts.isEmpty() ? "{}" : "{ " + String.join(" ", parts) + " }";
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
