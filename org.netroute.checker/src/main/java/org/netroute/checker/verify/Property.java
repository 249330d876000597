package org.netroute.checker.verify;

/** The three things NetRoute proves about a cluster, with the names reports and the CLI use. */
public enum Property {
    /** Every ordered pair of pods: a small packet is delivered. */
    REACHABILITY("reachability"),
    /** No destination, from any device, makes forwarding revisit a device with the same packet. */
    NO_LOOP("no-loop"),
    /** On every delivered path, a packet of the sender's pod MTU fits every segment it crosses. */
    MTU("mtu");

    private final String id;

    Property(String id) {
        this.id = id;
    }

    /** The name used in reports: "reachability", "no-loop", "mtu". */
    public String id() {
        return id;
    }

    public static Property byId(String id) {
        for (Property property : values()) {
            if (property.id.equals(id)) {
                return property;
            }
        }
        throw new IllegalArgumentException("unknown property " + id);
    }
}
