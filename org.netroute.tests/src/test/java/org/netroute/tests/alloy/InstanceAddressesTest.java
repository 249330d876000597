package org.netroute.tests.alloy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netroute.checker.alloy.InstanceAddresses;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Prefix;

/** The addresses the no-loop check forwards: every named one, and one stand-in per region of the prefixes. */
class InstanceAddressesTest {

    private static final Clusters CLUSTERS = new Clusters();

    private final InstanceAddresses classes = InstanceAddresses.of(CLUSTERS.load("native-bgp-loop.netroute"));

    @Test
    void podNodeAndInterfaceAddressesAreNamedClasses() {
        assertTrue(classes.named().contains(Ipv4Address.parse("10.0.1.5")));
        assertTrue(classes.named().contains(Ipv4Address.parse("172.16.1.11")));
        assertTrue(classes.named().contains(Ipv4Address.parse("172.16.2.1")));
    }

    @Test
    void podCidrWithoutPodAtItsFirstAddressIsRepresentedThere() {
        assertTrue(classes.representatives().contains(Ipv4Address.parse("10.0.1.0")));
    }

    @Test
    void routedPrefixOutsidePodCidrsIsRepresented() {
        Prefix routed = Prefix.parse("10.0.0.0/16");
        assertTrue(classes.representatives().stream()
                .anyMatch(address -> routed.contains(address) && !Prefix.parse("10.0.1.0/24").contains(address)
                        && !Prefix.parse("10.0.2.0/24").contains(address)));
    }

    @Test
    void representativesAreNeverNamedAddresses() {
        classes.representatives().forEach(address -> assertFalse(classes.named().contains(address), address.toString()));
    }
}
