package org.netroute.checker.verify;

/**
 * How a front end follows a verification and stops it: the Eclipse job maps it onto its progress
 * monitor, the command line and Maven use {@link #none()}.
 */
public interface Monitor {

    /** A file was read: {@code units} properties (clusters times properties) are to be decided. */
    default void begin(String file, int units) {
    }

    /** The engines (names joined by " + " when they run side by side) start on one property of one cluster. */
    default void checking(String cluster, Property property, String engine) {
    }

    /** One property of one cluster is decided. */
    default void decided(String cluster, Property property) {
    }

    /** Whether the user asked to stop; the running engine is abandoned at the next poll. */
    default boolean canceled() {
        return false;
    }

    /** A monitor that shows nothing and never cancels. */
    static Monitor none() {
        return new Monitor() {
        };
    }
}
