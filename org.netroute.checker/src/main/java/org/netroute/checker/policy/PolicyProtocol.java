package org.netroute.checker.policy;

import org.netroute.checker.topology.Protocol;

/** The protocol of a policy's port: Kubernetes' TCP, UDP, SCTP and Cilium's ANY (all three). */
public enum PolicyProtocol {
    TCP, UDP, SCTP, ANY;

    public boolean covers(Protocol protocol) {
        return switch (this) {
            case TCP -> protocol == Protocol.TCP;
            case UDP -> protocol == Protocol.UDP;
            case SCTP -> protocol == Protocol.SCTP;
            case ANY -> protocol == Protocol.TCP || protocol == Protocol.UDP || protocol == Protocol.SCTP;
        };
    }
}
