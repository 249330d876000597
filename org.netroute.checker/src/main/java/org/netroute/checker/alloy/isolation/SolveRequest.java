package org.netroute.checker.alloy.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.netroute.checker.alloy.AlloyInstance;
import org.netroute.checker.topology.Ipv4Address;
import org.netroute.checker.verify.Property;

/**
 * One question to the solver process: this cluster's instance (its text and the names of its
 * atoms, so that the process reads the counterexample back in the domain's words), the property
 * and the SAT solver. The semantics, netroute.als, is the process's own copy of the same jar.
 */
public record SolveRequest(AlloyInstance instance, Property property, String solverId) {

    void write(DataOutputStream out) throws IOException {
        Frames.writeString(out, instance.clusterName());
        Frames.writeString(out, instance.text());
        Frames.writeMap(out, instance.devices(), name -> name);
        Frames.writeMap(out, instance.pods(), name -> name);
        Frames.writeMap(out, instance.addresses(), Ipv4Address::toString);
        Frames.writeMap(out, instance.sizes(), String::valueOf);
        Frames.writeString(out, property.id());
        Frames.writeString(out, solverId);
    }

    static SolveRequest read(DataInputStream in) throws IOException {
        String cluster = Frames.readString(in);
        String text = Frames.readString(in);
        var devices = Frames.<String>readMap(in, name -> name);
        var pods = Frames.<String>readMap(in, name -> name);
        var addresses = Frames.readMap(in, Ipv4Address::parse);
        var sizes = Frames.readMap(in, Integer::valueOf);
        AlloyInstance instance = new AlloyInstance(cluster, text, devices, pods, addresses, sizes);
        return new SolveRequest(instance, Property.byId(Frames.readString(in)), Frames.readString(in));
    }
}
