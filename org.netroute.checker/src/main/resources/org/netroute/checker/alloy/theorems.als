// ============================================================================ theorems
/*
 * Claims about *every* cluster within a small scope, checked against the same semantics
 * (netroute.als, which this text completes). Here the configuration is not a constant instance
 * but free relations of one Configuration atom, constrained only by what NetRoute's validator
 * and its precomputed arithmetic guarantee (wellFormed). The claims are the seed's:
 *   - tunnel mode needs nothing from the network but node-to-node reachability over the
 *     underlay and firewalls that pass the tunnel port (with WireGuard, its port; the
 *     configuration's encryption is free like the rest of it);
 *   - auto-direct-node-routes alone cannot connect nodes that share no segment.
 */

one sig Configuration {
  mode_: one Mode,
  options_: set Option,
  encryption_: lone Encryption,
  ciliumInternalIp_: Node -> lone Address,
  interfaceDevice_: Interface -> one Device,
  interfaceAddress_: Interface -> one Address,
  interfaceSegment_: Interface -> one Segment,
  segmentCidr_: Segment -> one Prefix,
  segmentMtu_: Segment -> one Size,
  gateway_: Segment -> lone Address,
  podCidr_: Node -> one Prefix,
  podNode_: Pod -> one Node,
  podAddress_: Pod -> one Address,
  routeAt_: StaticRoute -> one Router,
  routePrefix_: StaticRoute -> one Prefix,
  routeNextHop_: StaticRoute -> lone Address,
  routeBefore_: StaticRoute -> StaticRoute,
  bgpSessions_: Router -> Node,
  ruleAt_: Rule -> one Device,
  ruleDenies_: set Rule,
  ruleProtocol_: Rule -> one Protocol,
  rulePort_: Rule -> lone Port,
  ruleBefore_: Rule -> Rule,
  tunnelPort_: one Port,
  wireguardPort_: lone Port,
  within_: Address -> Prefix,
  prefixLength_: Prefix -> one Length,
  shorterThan_: Length -> Length,
  defaultPrefix_: one Prefix,
  ciliumMtu_: lone Size,
  probeSize_: one Size,
  atMost_: Size -> Size,
  plusOverhead_: Size -> lone Size,
  plusWireGuard_: Size -> lone Size,
  plusEsp_: Size -> lone Size,
  plusWireguardOverhead_: Size -> lone Size,
  plusIpsecOverhead_: Size -> lone Size
}

fun mode: Mode { Configuration.mode_ }
fun options: set Option { Configuration.options_ }
fun encryption: set Encryption { Configuration.encryption_ }
fun ciliumInternalIp: Node -> Address { Configuration.ciliumInternalIp_ }
fun interfaceDevice: Interface -> Device { Configuration.interfaceDevice_ }
fun interfaceAddress: Interface -> Address { Configuration.interfaceAddress_ }
fun interfaceSegment: Interface -> Segment { Configuration.interfaceSegment_ }
fun segmentCidr: Segment -> Prefix { Configuration.segmentCidr_ }
fun segmentMtu: Segment -> Size { Configuration.segmentMtu_ }
fun gateway: Segment -> Address { Configuration.gateway_ }
fun podCidr: Node -> Prefix { Configuration.podCidr_ }
fun podNode: Pod -> Node { Configuration.podNode_ }
fun podAddress: Pod -> Address { Configuration.podAddress_ }
fun routeAt: StaticRoute -> Router { Configuration.routeAt_ }
fun routePrefix: StaticRoute -> Prefix { Configuration.routePrefix_ }
fun routeNextHop: StaticRoute -> Address { Configuration.routeNextHop_ }
fun routeBefore: StaticRoute -> StaticRoute { Configuration.routeBefore_ }
fun bgpSessions: Router -> Node { Configuration.bgpSessions_ }
fun ruleAt: Rule -> Device { Configuration.ruleAt_ }
fun ruleDenies: set Rule { Configuration.ruleDenies_ }
fun ruleProtocol: Rule -> Protocol { Configuration.ruleProtocol_ }
fun rulePort: Rule -> Port { Configuration.rulePort_ }
fun ruleBefore: Rule -> Rule { Configuration.ruleBefore_ }
fun tunnelPort: Port { Configuration.tunnelPort_ }
fun wireguardPort: set Port { Configuration.wireguardPort_ }
fun within: Address -> Prefix { Configuration.within_ }
fun prefixLength: Prefix -> Length { Configuration.prefixLength_ }
fun shorterThan: Length -> Length { Configuration.shorterThan_ }
fun defaultPrefix: Prefix { Configuration.defaultPrefix_ }
fun ciliumMtu: set Size { Configuration.ciliumMtu_ }
fun probeSize: Size { Configuration.probeSize_ }
fun atMost: Size -> Size { Configuration.atMost_ }
fun plusOverhead: Size -> Size { Configuration.plusOverhead_ }
fun plusWireGuard: Size -> Size { Configuration.plusWireGuard_ }
fun plusEsp: Size -> Size { Configuration.plusEsp_ }
fun plusWireguardOverhead: Size -> Size { Configuration.plusWireguardOverhead_ }
fun plusIpsecOverhead: Size -> Size { Configuration.plusIpsecOverhead_ }

/* Policy is not among the claims here: no policy, enforcement mode default (policy allows every
 * pair, so the claims speak of every pod pair as before). */
fun policyMode: EnforcementMode { DefaultMode }
fun podLabel: Pod -> Key -> Value { none -> none -> none }
fun podNamespace: Pod -> Namespace { none -> none }
fun namespaceLabel: Namespace -> Key -> Value { none -> none -> none }
fun matchLabel: Selector -> Key -> Value { none -> none -> none }
fun requirement: Selector -> Requirement { none -> none }
fun requirementKey: Requirement -> Key { none -> none }
fun requirementOperator: Requirement -> Operator { none -> none }
fun requirementValue: Requirement -> Value { none -> none }
fun policySubject: Policy -> Selector { none -> none }
fun policyDirection: Policy -> Direction { none -> none }
fun policyDefaultDeny: Policy -> Direction { none -> none }
fun rulePolicy: PolicyRule -> Policy { none -> none }
fun ruleDirection: PolicyRule -> Direction { none -> none }
fun denyRule: set PolicyRule { none }
fun anyPeerRule: set PolicyRule { none }
fun rulePeer: PolicyRule -> Selector { none -> none }
fun ruleEntity: PolicyRule -> Entity { none -> none }
fun allPortsRule: set PolicyRule { none }
fun rulePorts: PolicyRule -> PortRange { none -> none }
fun rangeCovers: PortRange -> Traffic { none -> none }
fun portProbeProtocol: PortProbe -> Protocol { none -> none }
fun portProbePort: PortProbe -> Port { none -> none }

/** A strict total order on a set. */
pred strictTotalOrder[order: univ -> univ, elements: set univ] {
  no iden & order
  order.order in order
  all disj a, b: elements | a -> b in order or b -> a in order
}

/** What NetRoute's validator and its precomputation guarantee of every configuration it checks. */
pred wellFormed {
  // arithmetic, as InstanceWriter precomputes it
  strictTotalOrder[shorterThan, Length]
  strictTotalOrder[atMost - iden, Size]
  Size <: iden in atMost
  plusOverhead + plusWireguardOverhead + plusIpsecOverhead in atMost - iden
  all s, t: plusOverhead.Size | s -> t in atMost iff s.plusOverhead -> t.plusOverhead in atMost
  all s, t: plusWireguardOverhead.Size | s -> t in atMost iff s.plusWireguardOverhead -> t.plusWireguardOverhead in atMost
  all s, t: plusIpsecOverhead.Size | s -> t in atMost iff s.plusIpsecOverhead -> t.plusIpsecOverhead in atMost
  // encryption frames a plaintext in more bytes, and a larger plaintext never in fewer
  plusWireGuard + plusEsp in atMost - iden
  all s, t: plusWireGuard.Size | s -> t in atMost => s.plusWireGuard -> t.plusWireGuard in atMost
  all s, t: plusEsp.Size | s -> t in atMost => s.plusEsp -> t.plusEsp in atMost
  // the configuration gives WireGuard's port with WireGuard, and CiliumInternalIPs with IPsec:
  // one per node, inside its PodCIDR, no pod's and no other node's
  (WireGuard in encryption) <=> some wireguardPort
  IPsec in encryption => (all n: Node | one n.ciliumInternalIp and n.podCidr in n.ciliumInternalIp.within)
    else no ciliumInternalIp
  ciliumInternalIp in Node lone -> lone Address
  no Node.ciliumInternalIp & (Pod.podAddress + Interface.interfaceAddress)
  // CIDR geometry: 0.0.0.0/0 holds everything and is the shortest; prefixes nest or are disjoint
  Address -> defaultPrefix in within
  all p: Prefix - defaultPrefix | defaultPrefix.prefixLength -> p.prefixLength in shorterThan
  all a: Address | all disj p, q: a.within | p.prefixLength != q.prefixLength
  all p, q: Prefix | (some within.p & within.q and p.prefixLength -> q.prefixLength in shorterThan)
    => within.q in within.p
  // unique addresses, each inside its segment or PodCIDR
  all disj i, j: Interface | i.interfaceAddress != j.interfaceAddress
  all disj a, b: Pod | a.podAddress != b.podAddress
  no Pod.podAddress & Interface.interfaceAddress
  all i: Interface | i.interfaceSegment.segmentCidr in i.interfaceAddress.within
  all p: Pod | p.podNode.podCidr in p.podAddress.within
  // a node has exactly one interface: its address on its segment
  all n: Node | one interfaceDevice.n
  // PodCIDRs overlap neither each other nor segments
  all disj m, n: Node | m.podCidr != n.podCidr and no within.(m.podCidr) & within.(n.podCidr)
  no Node.podCidr & Segment.segmentCidr
  no within.(Node.podCidr) & within.(Segment.segmentCidr)
  // file order of routes and rules: per router, per device
  routeBefore in routeAt.~routeAt
  all r: Router | strictTotalOrder[routeBefore, routeAt.r]
  ruleBefore in ruleAt.~ruleAt
  all d: Device | strictTotalOrder[ruleBefore, ruleAt.d]
  // Cilium refuses auto-direct-node-routes in tunnel mode
  mode = Tunnel => no options
}

/** Every node reaches every other node over the underlay with a tunnel packet (routes, neighbours,
 *  MTU and firewalls), stated with the very terms reachability uses, so the SAT solver need not
 *  relate two different closures. */
pred underlayConnectsNodes {
  all disj n, m: Node | m in n.^(outerHop[m, probeSize])
}

/** No firewall stops the outer packet (UDP to the tunnel port, or WireGuard's). */
pred firewallsPassTunnelPort {
  admits[OuterPacket] = Device
}

/** Every ordered pair of pods: the probe is delivered. */
pred everyPodPairReachable {
  all b: Pod | all a: Pod - b | delivered[a.podNode, b.podAddress, probeSize]
}

/** The seed: "if the nodes can already reach each other, every routing requirement is met". */
assert tunnelNeedsOnlyNodeReachability {
  (wellFormed and mode = Tunnel and underlayConnectsNodes and firewallsPassTunnelPort)
    => everyPodPairReachable
}

/** The seed: auto-direct-node-routes "only when all nodes share an L2 network". */
assert directNodeRoutesNeedASharedSegment {
  (wellFormed and mode = Native and AutoDirectNodeRoutes in options
    and no bgpSessions and no StaticRoute and no Segment.gateway
    and (some disj n, m: Node | no n.attached & m.attached and some podNode.n and some podNode.m))
    => not everyPodPairReachable
}

/** A claim that must fail, so the checks above are known able to fail: open firewalls alone do not
 *  connect pods when the underlay does not connect the nodes. */
assert openFirewallsAloneConnectPods {
  (wellFormed and mode = Tunnel and firewallsPassTunnelPort) => everyPodPairReachable
}

/* Witnesses: each proved claim's premises hold in a non-trivial cluster of the same scope, so no
 * claim holds only because nothing satisfies its premises. */
pred tunnelNeedsOnlyNodeReachabilityPremises {
  wellFormed and mode = Tunnel and underlayConnectsNodes and firewallsPassTunnelPort
  some disj a, b: Pod | no a.podNode.attached & b.podNode.attached
}

pred directNodeRoutesNeedASharedSegmentPremises {
  wellFormed and mode = Native and AutoDirectNodeRoutes in options
    and no bgpSessions and no StaticRoute and no Segment.gateway
    and (some disj n, m: Node | no n.attached & m.attached and some podNode.n and some podNode.m)
}

// Scopes measured on 2 cores with MiniSat: the tunnel claim takes a few seconds here and ~100 s with 3 nodes,
// 2 routers, 3 pods, 5 interfaces, 3 segments, 6 addresses, 5 prefixes; the others ~2 s at that larger scope.
// The tunnel claim needs 6 addresses and 5 prefixes: with 5 and 4 (its scope until its witness was
// checked) no cluster with pods on two nodes behind a router fits, and the claim held only for
// nodes that share a segment.
check tunnelNeedsOnlyNodeReachability for 3 but 3 Node, 1 Router, 2 Pod, 4 Interface, 2 Segment,
  6 Address, 5 Prefix, 3 Length, 2 Size, 1 Rule, 1 Port, 1 StaticRoute, 1 int expect 0
check directNodeRoutesNeedASharedSegment for 3 but 3 Node, 2 Router, 3 Pod, 5 Interface, 3 Segment,
  6 Address, 5 Prefix, 3 Length, 2 Size, 1 Rule, 1 Port, 1 StaticRoute, 1 int expect 0
check openFirewallsAloneConnectPods for 3 but 3 Node, 2 Router, 3 Pod, 5 Interface, 3 Segment,
  6 Address, 5 Prefix, 3 Length, 2 Size, 1 Rule, 1 Port, 1 StaticRoute, 1 int expect 1
run tunnelNeedsOnlyNodeReachabilityPremises for 3 but 3 Node, 1 Router, 2 Pod, 4 Interface, 2 Segment,
  6 Address, 5 Prefix, 3 Length, 2 Size, 1 Rule, 1 Port, 1 StaticRoute, 1 int expect 1
run directNodeRoutesNeedASharedSegmentPremises for 3 but 3 Node, 2 Router, 3 Pod, 5 Interface, 3 Segment,
  6 Address, 5 Prefix, 3 Length, 2 Size, 1 Rule, 1 Port, 1 StaticRoute, 1 int expect 1
