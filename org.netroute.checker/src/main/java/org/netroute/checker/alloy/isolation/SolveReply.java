package org.netroute.checker.alloy.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.netroute.checker.alloy.AlloyFinding;
import org.netroute.checker.policy.Probe;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.topology.Protocol;
import org.netroute.checker.verify.Disposition;
import org.netroute.checker.verify.Property;

/**
 * The solver process's answer to one {@link SolveRequest}: the assertion holds, or Alloy's
 * counterexample read back in the domain's words with its instance as the Alloy visualiser's XML,
 * or the reason Alloy failed. The verdict itself (replay on the original cluster) is made by the
 * caller, which holds the topology.
 */
public record SolveReply(Outcome outcome, Optional<AlloyFinding> finding, Optional<String> instanceXml, String failure) {

    /** How a solve ended. */
    public enum Outcome {
        /** No counterexample within the instance: the assertion holds. */
        HOLDS,
        /** Alloy found a counterexample. */
        COUNTEREXAMPLE,
        /** Alloy failed (a parse or translation error): the reason is {@link SolveReply#failure()}. */
        FAILED
    }

    static SolveReply holds() {
        return new SolveReply(Outcome.HOLDS, Optional.empty(), Optional.empty(), "");
    }

    static SolveReply counterexample(AlloyFinding finding, String instanceXml) {
        return new SolveReply(Outcome.COUNTEREXAMPLE, Optional.of(finding), Optional.of(instanceXml), "");
    }

    static SolveReply failed(String reason) {
        return new SolveReply(Outcome.FAILED, Optional.empty(), Optional.empty(), reason);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(outcome.ordinal());
        switch (outcome) {
            case HOLDS -> {
            }
            case COUNTEREXAMPLE -> {
                writeFinding(out, finding.orElseThrow());
                Frames.writeString(out, instanceXml.orElseThrow());
            }
            case FAILED -> Frames.writeString(out, failure);
        }
    }

    static SolveReply read(DataInputStream in) throws IOException {
        int ordinal = in.readByte();
        if (ordinal < 0 || ordinal >= Outcome.values().length) {
            throw new IOException("an unknown outcome " + ordinal + " on the solver pipe");
        }
        return switch (Outcome.values()[ordinal]) {
            case HOLDS -> holds();
            case COUNTEREXAMPLE -> {
                AlloyFinding finding = readFinding(in);
                yield counterexample(finding, Frames.readString(in));
            }
            case FAILED -> failed(Frames.readString(in));
        };
    }

    private static void writeFinding(DataOutputStream out, AlloyFinding finding) throws IOException {
        Frames.writeString(out, finding.property().id());
        Frames.writeString(out, finding.from());
        Frames.writeOptional(out, finding.fromPod());
        Frames.writeString(out, finding.destination().toString());
        Frames.writeOptional(out, finding.toPod());
        out.writeInt(finding.bytes());
        Frames.writeString(out, finding.disposition().name());
        Frames.writeString(out, finding.at());
        Frames.writeList(out, finding.path());
        Frames.writeString(out, finding.probe().protocol().name());
        out.writeInt(finding.probe().port());
    }

    private static AlloyFinding readFinding(DataInputStream in) throws IOException {
        Property property = Property.byId(Frames.readString(in));
        String from = Frames.readString(in);
        Optional<String> fromPod = Frames.readOptional(in);
        Ipv4Address destination = Ipv4Address.parse(Frames.readString(in));
        Optional<String> toPod = Frames.readOptional(in);
        int bytes = in.readInt();
        Disposition disposition = Disposition.valueOf(Frames.readString(in));
        String at = Frames.readString(in);
        List<String> path = Frames.readList(in);
        Probe probe = new Probe(Protocol.valueOf(Frames.readString(in)), in.readInt());
        return new AlloyFinding(property, from, fromPod, destination, toPod, bytes, disposition, at, path, probe);
    }
}
