package org.netroute.tests.scale;

/**
 * One dimension in which a file grows, and a valid cluster of a given size in it: the shapes that
 * hide quadratic work (one long line with every diagnostic's column counted from its start, a
 * router's routes compared pairwise, a firewall's rules evaluated per packet). Each cluster has
 * one fault, so that the reports have a counterexample to explain and draw.
 */
enum SizeProbe {

    /** Segments, the whole file on one line (as the file that once took 3 minutes). */
    SEGMENTS("segments on one line", 20_000) {
        @Override
        String text(int segments) {
            StringBuilder text = new StringBuilder("cluster segments { cilium { routing-mode: tunnel } ");
            for (int s = 0; s < segments; s++) {
                text.append("segment s").append(s).append(" { cidr: 10.").append(s / 256).append('.').append(s % 256)
                        .append(".0/24 mtu: 1500 } ");
            }
            text.append("node n0 { address: 10.0.0.10 on s0 pod-cidr: 100.64.0.0/24 pod p0 100.64.0.10 } ");
            text.append("node n1 { address: 10.0.0.11 on s0 pod-cidr: 100.64.1.0/24 pod p1 100.64.1.10 } ");
            return text.append(BLOCKED_TUNNEL).append("}\n").toString();
        }
    },

    /** Pods, 100 on each node. */
    PODS("pods (100 per node)", 100_000) {
        @Override
        String text(int pods) {
            StringBuilder text = new StringBuilder("cluster pods {\n    cilium {\n        routing-mode: tunnel\n    }\n"
                    + "    segment fabric {\n        cidr: 10.0.0.0/16\n    }\n");
            for (int n = 0; n < pods / 100; n++) {
                node(text, n, 100, "\n");
            }
            return text.append(BLOCKED_TUNNEL).append("}\n").toString();
        }
    },

    /** Static routes on one router. */
    ROUTES("routes on one router", 10_000) {
        @Override
        String text(int routes) {
            StringBuilder text = new StringBuilder("cluster routes {\n    cilium {\n        routing-mode: tunnel\n    }\n"
                    + "    segment fabric {\n        cidr: 10.0.0.0/16\n    }\n    router core {\n"
                    + "        interface eth0 10.0.255.254 on fabric\n");
            for (int r = 0; r < routes; r++) {
                text.append("        route 172.").append(16 + r / 65_536).append('.').append(r / 256 % 256).append('.')
                        .append(r % 256).append("/32 via 10.0.0.").append(1 + r % 2).append('\n');
            }
            text.append("    }\n");
            node(text, 0, 1, "\n");
            node(text, 1, 1, "\n");
            return text.append(BLOCKED_TUNNEL).append("}\n").toString();
        }
    },

    /** Rules of one firewall, every packet matching only the last, which drops it. */
    FIREWALL_RULES("firewall rules", 5_000) {
        @Override
        String text(int rules) {
            StringBuilder text = new StringBuilder("cluster rules {\n    cilium {\n        routing-mode: tunnel\n    }\n"
                    + "    segment fabric {\n        cidr: 10.0.0.0/16\n    }\n");
            node(text, 0, 1, "\n");
            node(text, 1, 1, "\n");
            text.append("    firewall edge at n1 {\n");
            for (int r = 0; r < rules; r++) {
                text.append("        deny tcp port ").append(1 + r % 65_000).append('\n');
            }
            return text.append("        deny any\n    }\n}\n").toString();
        }
    },

    /** A valid cluster written on a single line of about this many bytes (nodes with 20 pods each). */
    LONG_LINE("bytes on one line", 1_000_000) {
        @Override
        String text(int bytes) {
            StringBuilder text = new StringBuilder("cluster line { cilium { routing-mode: tunnel } "
                    + "segment fabric { cidr: 10.0.0.0/16 } ");
            for (int n = 0; text.length() < bytes; n++) {
                node(text, n, 20, " ");
            }
            return text.append(BLOCKED_TUNNEL).append("}\n").toString();
        }
    };

    /**
     * Node n1 drops VXLAN, so reachability fails and every report draws, explains and lists the
     * counterexample over the whole cluster (the HTML report lays every device out).
     */
    private static final String BLOCKED_TUNNEL = "    firewall blocked at n1 {\n        deny udp\n    }\n";

    private final String unit;
    private final int largeSize;

    SizeProbe(String unit, int largeSize) {
        this.unit = unit;
        this.largeSize = largeSize;
    }

    /** What the size counts. */
    String unit() {
        return unit;
    }

    /** The size the issue names (10x); the small size is a tenth of it. */
    int largeSize() {
        return largeSize;
    }

    abstract String text(int size);

    /** Node {@code n} on segment fabric (10.0.0.0/16) with its PodCIDR 100.64.0.0/10's n-th /24 and its pods. */
    private static void node(StringBuilder text, int n, int pods, String separator) {
        String podCidr = "100." + (64 + n / 256) + "." + n % 256;
        text.append("    node n").append(n).append(" {").append(separator).append("address: 10.0.").append(n / 250)
                .append('.').append(n % 250 + 1).append(" on fabric").append(separator).append("pod-cidr: ")
                .append(podCidr).append(".0/24").append(separator);
        for (int p = 0; p < pods; p++) {
            text.append("pod p").append(n).append('-').append(p).append(' ').append(podCidr).append('.').append(p + 10)
                    .append(separator);
        }
        text.append('}').append(separator);
    }
}
