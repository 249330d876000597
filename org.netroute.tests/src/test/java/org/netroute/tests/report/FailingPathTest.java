package org.netroute.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.netroute.checker.report.FailingPath.Move;
import org.netroute.checker.report.FailingPath;
import org.netroute.checker.verify.Counterexample;
import org.netroute.checker.verify.FileResult;
import org.netroute.checker.verify.Property;
import org.netroute.checker.verify.Verdict;

/** A counterexample's hops placed on the cluster: the segment of every move and the failing hop. */
class FailingPathTest {

    private static FailingPath path(Path file, Property property) {
        FileResult result = Reports.verify(file);
        Verdict verdict = result.clusters().get(0).properties().get(property.ordinal()).verdict();
        Counterexample counterexample = ((Verdict.Violated) verdict).counterexample();
        return FailingPath.of(counterexample, Reports.topology(file));
    }

    @Test
    void deniedTunnelPacketCrossesTheRackToTheRouter() {
        FailingPath path = path(Reports.example("04-tunnel-firewall-blocks-vxlan.netroute"), Property.REACHABILITY);
        assertEquals(List.of(new Move("worker-a1", "dc-rack1", "dist-router", 2, false)), path.moves());
        assertEquals("dist-router", path.failingDevice());
        assertEquals(3, path.failingHop());
        assertEquals(Optional.empty(), path.failingSegment());
    }

    @Test
    void oversizedPacketNamesTheSegmentItCannotCross() {
        FailingPath path = path(Reports.resource("fifty-nodes-wan-mtu.netroute"), Property.MTU);
        assertEquals("core", path.failingDevice());
        assertEquals(Optional.of("wan"), path.failingSegment());
        assertEquals("rack-a", path.moves().get(0).segment());
    }

    @Test
    void movesBetweenEncryptionAndDecryptionAreMarkedEncrypted() {
        FailingPath path = path(Reports.example("24-wireguard-thin-link-between-racks.netroute"), Property.MTU);
        assertEquals(List.of(new FailingPath.Encryption("worker-a1", 2, "WireGuard")), path.encryptions());
        assertEquals(List.of(new Move("worker-a1", "room-a", "edge-a", 3, true)), path.moves());
    }
}
