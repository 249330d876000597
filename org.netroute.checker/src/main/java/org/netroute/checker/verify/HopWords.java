package org.netroute.checker.verify;

/**
 * The one place where a {@link Hop} becomes words, so that the CLI, the build log, the reports
 * and the editor describe a path the same way.
 */
public final class HopWords {

    private HopWords() {
    }

    /** What the device did, e.g. {@code route 10.0.0.0/8 via 172.16.0.1 (static) -> core on uplink}. */
    public static String action(Hop hop) {
        String address = hop.address().map(Object::toString).orElse("?");
        String prefix = hop.prefix().map(Object::toString).orElse("?");
        String peer = hop.peer().orElse("?");
        String segment = hop.segment().orElse("?");
        String means = hop.means().orElse("");
        return switch (hop.step()) {
            case ENCAPSULATE -> "encapsulate " + means + " to " + peer + " (" + address + "), UDP " + hop.limit() + ", +"
                    + hop.added() + " bytes";
            case DECAPSULATE -> "decapsulate " + means + " (outer destination " + address + ")";
            case ENCRYPT -> hop.limit() > 0
                    ? "encrypt " + means + " to " + peer + " (" + address + "), UDP " + hop.limit() + ", +" + hop.added()
                            + " bytes"
                    : "encrypt " + means + " to " + peer + " (CiliumInternalIP " + address + "), ESP, +" + hop.added()
                            + " bytes";
            case DECRYPT -> "decrypt " + means + " (" + (hop.limit() > 0 ? "UDP " + hop.limit() + " to " : "ESP to ")
                    + address + ")";
            case POLICY -> "policy: " + means;
            case FORWARD -> hop.means().filter("connected"::equals).isPresent()
                    ? "connected " + prefix + " -> " + peer + " on " + segment
                    : "route " + prefix + " via " + address + " (" + means + ") -> " + peer + " on " + segment;
            case DELIVER -> hop.peer().isPresent()
                    ? "deliver to pod " + peer + " (" + address + ")"
                    : "deliver to " + hop.device() + " (its own address " + address + ")";
            case NO_ENDPOINT -> "no endpoint for " + address + " in PodCIDR " + prefix;
            case NO_ROUTE -> "no route to " + address;
            case NULL_ROUTE -> "drop: null route " + prefix;
            case DENY -> "deny: firewall " + peer + " rule '" + means + "'";
            case NEIGHBOR_UNREACHABLE -> "route " + prefix + " via " + address + ": neighbor unreachable";
            case MTU_EXCEEDED -> "route " + prefix + " onto " + segment + ": " + hop.bytes() + " bytes > MTU "
                    + hop.limit();
            case LOOP -> "loop: " + hop.device() + " already handled this packet";
        };
    }

    /** {@code device: action [bytes] (line n)}: a hop as one line of a report. */
    public static String line(Hop hop) {
        return hop.device() + ": " + action(hop) + " [" + hop.bytes() + " bytes]"
                + hop.declaration().filter(location -> location.line() > 0)
                        .map(location -> " (line " + location.line() + ")").orElse("");
    }
}
