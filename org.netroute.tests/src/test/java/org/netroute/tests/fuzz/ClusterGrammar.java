package org.netroute.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.netroute.tests.generate.NetRouteText;
import org.netroute.tests.generate.RandomTopologies;

/**
 * Writes valid-ish .netroute files by the grammar: every declaration and option of the language,
 * in any order, with names, addresses and numbers that are mostly consistent (so that many files
 * validate and reach both engines) and sometimes wrong in the ways people get them wrong: unknown
 * or duplicate names, host bits, overlapping or out-of-range prefixes, numbers past any limit,
 * quoted and dotted names, comments between tokens. A third of the files are the random generator's
 * valid clusters, rendered as text, with the engines' whole range of routing behaviour.
 */
public final class ClusterGrammar {

    private static final String[] ODD_NUMBERS = {"0", "1", "65535", "65536", "2147483647", "2147483648",
            "99999999999999999999", "007", "4294967296"};
    private static final String[] ODD_ADDRESSES = {"0.0.0.0", "255.255.255.255", "256.1.1.1", "10.0.0.1",
            "1.2.3.4", "127.0.0.1", "99999999999.1.1.1", "10.00.0.1"};
    private static final String[] ODD_PREFIXES = {"0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/33", "10.0.0.1/32",
            "192.168.1.7/24", "255.255.255.255/32", "10.0.0.0/99999999999", "10.0.0.0/-1"};
    private static final String[] SEPARATORS = {" ", " ", " ", "\n", "\t", "  ", "\r\n", " /* c */ ", " // c\n", "\n\n"};
    private static final String[] PROTOCOLS = {"any", "tcp", "udp", "icmp"};
    private static final String[] TUNNEL_PROTOCOLS = {"vxlan", "geneve", "gre", "\"vxlan\""};

    /** A file of one or more clusters. */
    public String write(Choices choices) {
        if (choices.oneIn(3)) {
            return NetRouteText.render(RandomTopologies.generate(choices.below(1_000_000)));
        }
        Tokens out = new Tokens(choices);
        int clusters = choices.oneIn(8) ? 2 + choices.below(2) : 1;
        for (int c = 0; c < clusters; c++) {
            cluster(out, choices);
        }
        return out.text();
    }

    private void cluster(Tokens out, Choices choices) {
        int segments = 1 + choices.below(3);
        int routers = choices.below(3);
        int nodes = choices.below(5);
        out.add("cluster", name(choices, "c"), "{");
        if (!choices.oneIn(5)) {
            cilium(out, choices);
        }
        List<Runnable> declarations = new ArrayList<>();
        for (int s = 1; s <= segments; s++) {
            int segment = s;
            declarations.add(() -> segment(out, choices, segment));
        }
        for (int r = 1; r <= routers; r++) {
            int router = r;
            declarations.add(() -> router(out, choices, router, segments, nodes));
        }
        for (int n = 1; n <= nodes; n++) {
            int node = n;
            declarations.add(() -> node(out, choices, node, segments));
        }
        if (choices.oneIn(2)) {
            declarations.add(() -> bgp(out, choices, routers, nodes));
        }
        for (int f = choices.below(3); f > 0; f--) {
            declarations.add(() -> firewall(out, choices, routers, nodes));
        }
        while (!declarations.isEmpty()) {
            // mostly in writing order, sometimes shuffled: references may come before their declaration
            int next = choices.oneIn(4) ? choices.below(declarations.size()) : 0;
            declarations.remove(next).run();
        }
        out.add("}");
    }

    private void cilium(Tokens out, Choices choices) {
        out.add("cilium", "{");
        List<Runnable> options = new ArrayList<>();
        boolean tunnel = choices.oneIn(2);
        options.add(() -> out.add("routing-mode", ":", choices.oneIn(20) ? "bgp" : tunnel ? "tunnel" : "native"));
        options.add(() -> out.add("tunnel-protocol", ":", choices.oneOf(TUNNEL_PROTOCOLS)));
        options.add(() -> out.add("tunnel-port", ":", number(choices, "8472")));
        options.add(() -> out.add("mtu", ":", number(choices, choices.oneOf(new String[] {"1500", "1450", "9000", "1280"}))));
        options.add(() -> out.add("ipv4-native-routing-cidr", ":", prefix(choices, "10.0.0.0/16")));
        options.add(() -> out.add("auto-direct-node-routes", ":", choices.oneIn(2) ? "true" : "false"));
        options.add(() -> out.add("direct-routing-skip-unreachable", ":", choices.oneIn(2) ? "true" : "false"));
        while (!options.isEmpty()) {
            Runnable option = options.remove(choices.below(options.size()));
            if (!choices.oneIn(3)) {
                option.run();
            }
        }
        if (choices.oneIn(30)) {
            out.add("mtu", ":", "1500");
        }
        out.add("}");
    }

    private void segment(Tokens out, Choices choices, int segment) {
        out.add("segment", "s" + segment, "{");
        if (!choices.oneIn(10)) {
            out.add("cidr", ":", prefix(choices, "192.168." + segment + ".0/24"));
        }
        if (choices.oneIn(2)) {
            out.add("mtu", ":", number(choices, choices.oneIn(2) ? "1500" : "9000"));
        }
        if (choices.oneIn(3)) {
            out.add("gateway", ":", address(choices, "192.168." + segment + ".1"));
        }
        out.add("}");
    }

    private void router(Tokens out, Choices choices, int router, int segments, int nodes) {
        out.add("router", "r" + router, "{");
        for (int i = choices.below(segments + 1); i > 0; i--) {
            int segment = 1 + choices.below(segments);
            out.add("interface", "e" + i, address(choices, "192.168." + segment + "." + router), "on",
                    reference(choices, "s" + segment));
        }
        for (int i = choices.below(4); i > 0; i--) {
            out.add("route", prefix(choices, choices.oneIn(2) ? "10.0." + (1 + choices.below(nodes + 1)) + ".0/24"
                    : choices.oneIn(2) ? "10.0.0.0/16" : "0.0.0.0/0"));
            if (choices.oneIn(4)) {
                out.add("drop");
            } else {
                int segment = 1 + choices.below(segments);
                out.add("via", address(choices, "192.168." + segment + "." + (choices.oneIn(2)
                        ? 1 + choices.below(3) : 10 + choices.below(nodes + 1))));
            }
        }
        out.add("}");
    }

    private void node(Tokens out, Choices choices, int node, int segments) {
        out.add("node", choices.oneIn(6) ? name(choices, "n" + node) : "n" + node, "{");
        int segment = 1 + choices.below(segments);
        boolean addressFirst = choices.oneIn(2);
        if (addressFirst && !choices.oneIn(10)) {
            out.add("address", ":", address(choices, "192.168." + segment + "." + (10 + node)), "on",
                    reference(choices, "s" + segment));
        }
        if (!choices.oneIn(10)) {
            out.add("pod-cidr", ":", prefix(choices, "10.0." + node + ".0/24"));
        }
        if (!addressFirst && !choices.oneIn(10)) {
            out.add("address", ":", address(choices, "192.168." + segment + "." + (10 + node)), "on",
                    reference(choices, "s" + segment));
        }
        for (int p = choices.below(4); p > 0; p--) {
            String pod = choices.oneIn(3) ? name(choices, "ns") + "/" + name(choices, "p" + p) : "p" + p;
            out.add("pod", pod, address(choices, "10.0." + node + "." + (10 + p)));
        }
        out.add("}");
    }

    private void bgp(Tokens out, Choices choices, int routers, int nodes) {
        out.add("bgp", "{");
        for (int p = choices.below(routers + 2); p > 0; p--) {
            out.add("peer", reference(choices, "r" + (1 + choices.below(Math.max(1, routers)))));
            if (choices.oneIn(2)) {
                out.add("for");
                int count = 1 + choices.below(Math.max(1, nodes));
                for (int n = 0; n < count; n++) {
                    if (n > 0) {
                        out.add(",");
                    }
                    out.add(reference(choices, "n" + (1 + choices.below(Math.max(1, nodes)))));
                }
            }
        }
        out.add("}");
    }

    private void firewall(Tokens out, Choices choices, int routers, int nodes) {
        String device = choices.oneIn(2) && routers > 0 ? "r" + (1 + choices.below(routers))
                : "n" + (1 + choices.below(Math.max(1, nodes)));
        out.add("firewall", name(choices, "fw"), "at", reference(choices, device), "{");
        for (int r = choices.below(5); r > 0; r--) {
            out.add(choices.oneIn(2) ? "allow" : "deny", choices.oneOf(PROTOCOLS));
            if (choices.oneIn(2)) {
                out.add("port", number(choices, choices.oneIn(2) ? "8472" : "6081"));
            }
        }
        out.add("}");
    }

    private static String name(Choices choices, String usual) {
        return switch (choices.below(12)) {
            case 0 -> "\"" + usual + " with spaces\"";
            case 1 -> usual + ".example-1.internal";
            case 2 -> "\"10.0.0.1\"";
            case 3 -> usual + "-" + "x".repeat(choices.below(300));
            case 4 -> "\"\u00e9\u4e2d\ud83d\ude00\"";
            case 5 -> choices.oneOf(new String[] {"cluster", "node", "\"\"", "_", "a-", "\"a\\\"b\""});
            default -> usual;
        };
    }

    private static String reference(Choices choices, String usual) {
        return choices.oneIn(12) ? choices.oneOf(new String[] {"missing", "\"" + usual + "\"", usual + ".x"}) : usual;
    }

    private static String number(Choices choices, String usual) {
        return choices.oneIn(8) ? choices.oneOf(ODD_NUMBERS) : usual;
    }

    private static String address(Choices choices, String usual) {
        return choices.oneIn(10) ? choices.oneOf(ODD_ADDRESSES) : usual;
    }

    private static String prefix(Choices choices, String usual) {
        return choices.oneIn(10) ? choices.oneOf(ODD_PREFIXES) : usual;
    }

    /** The file being written: tokens joined by whitespace or comments as the choices say. */
    private static final class Tokens {

        private final Choices choices;
        private final StringBuilder text = new StringBuilder();

        Tokens(Choices choices) {
            this.choices = choices;
        }

        void add(String... tokens) {
            for (String token : tokens) {
                if (!text.isEmpty()) {
                    text.append(choices.oneIn(3) ? choices.oneOf(SEPARATORS) : token.equals("{") ? " " : "\n");
                }
                text.append(token);
            }
        }

        String text() {
            return text.append('\n').toString();
        }
    }
}
