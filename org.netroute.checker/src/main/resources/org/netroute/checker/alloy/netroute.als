module netroute

/*
 * NetRoute's forwarding semantics of a Cilium cluster, stated relationally
 * (the contract is docs/SEMANTICS.md; the Java interpreter states the same rules independently).
 *
 * This module is the *semantics* only. The configuration relations it refers to
 * (mode, interfaceDevice, podCidr, within, ...) are completed by exactly one of:
 *   - an instance written by NetRoute (`netroute export-alloy`): one `one sig` atom per
 *     device, segment, address, ... and every configuration relation as a parameterless fun,
 *     so Kodkod sees constants and the check is an exact evaluation of this module;
 *   - theorems.als: the configuration as free fields within a small scope, so the same
 *     semantics proves claims about *all* clusters of that size.
 * No forwarding decision is ever given from outside: routes installed per routing mode,
 * longest-prefix match, encapsulation, firewalls and MTU are all derived below.
 * What Alloy is weak at is given precomputed: which address lies in which prefix (`within`),
 * the order of prefix lengths (`shorterThan`) and byte arithmetic (`atMost`, `plusOverhead`,
 * each encryption's framing); which layer wraps which is stated here.
 *
 * Configuration relations (defined by the instance or by theorems.als):
 *   mode: Mode                                  routing-mode
 *   options: set Option                         auto-direct-node-routes
 *   encryption: set Encryption                  enable-wireguard / enable-ipsec (none, or one)
 *   ciliumInternalIp: Node -> Address           each node's CiliumInternalIP (given with IPsec only)
 *   interfaceDevice: Interface -> Device        a node's address, a router's interface lines
 *   interfaceAddress: Interface -> Address
 *   interfaceSegment: Interface -> Segment
 *   segmentCidr: Segment -> Prefix, segmentMtu: Segment -> Size, gateway: Segment -> Address
 *   podCidr: Node -> Prefix, podNode: Pod -> Node, podAddress: Pod -> Address
 *   routeAt: StaticRoute -> Router, routePrefix: StaticRoute -> Prefix,
 *   routeNextHop: StaticRoute -> Address (none: a null route), routeBefore: file order
 *   bgpSessions: Router -> Node                 BGP peerings: the router learns the node's PodCIDR
 *   ruleAt: Rule -> Device, ruleDenies: set Rule, ruleProtocol: Rule -> Protocol,
 *   rulePort: Rule -> Port, ruleBefore: Rule -> Rule (evaluation order), tunnelPort: Port,
 *   wireguardPort: set Port (UDP 51871, given with WireGuard only)
 *   within: Address -> Prefix, prefixLength: Prefix -> Length, shorterThan: Length -> Length,
 *   defaultPrefix: Prefix (0.0.0.0/0)
 *   ciliumMtu: set Size (cilium `mtu`, none = auto), probeSize: Size (64 bytes),
 *   atMost: Size -> Size (<=), plusOverhead: Size -> Size (s -> s + 50, the tunnel overhead),
 *   plusWireGuard: Size -> Size (a plaintext of s bytes -> its WireGuard packet: 60 + s padded to 16),
 *   plusEsp: Size -> Size (a plaintext of s bytes -> its ESP packet: 52 + s + 2 padded to 4),
 *   plusWireguardOverhead, plusIpsecOverhead: Size -> Size (s -> s + 80, s -> s + 77: pkg/mtu's constants)
 * Policy (docs/SEMANTICS.md, "Policy"; decided in the section "policy" below):
 *   policyMode: EnforcementMode                 enable-policy
 *   podLabel: Pod -> Key -> Value               a pod's own labels
 *   podNamespace: Pod -> Namespace, namespaceLabel: Namespace -> Key -> Value (the namespace's
 *     labels under Cilium's keys: io.kubernetes.pod.namespace and io.cilium.k8s.namespace.labels.*)
 *   matchLabel: Selector -> Key -> Value, requirement: Selector -> Requirement,
 *   requirementKey: Requirement -> Key, requirementOperator: Requirement -> Operator,
 *   requirementValue: Requirement -> Value
 *   policySubject: Policy -> Selector, policyDirection, policyDefaultDeny: Policy -> Direction
 *   rulePolicy: PolicyRule -> Policy, ruleDirection: PolicyRule -> Direction, denyRule: set PolicyRule,
 *   anyPeerRule: set PolicyRule, rulePeer: PolicyRule -> Selector, ruleEntity: PolicyRule -> Entity,
 *   allPortsRule: set PolicyRule, rulePorts: PolicyRule -> PortRange,
 *   rangeCovers: PortRange -> Traffic (which probes a port range holds: precomputed, like within)
 *   portProbeProtocol: PortProbe -> Protocol, portProbePort: PortProbe -> Port
 */

// ---------------------------------------------------------------- vocabulary

abstract sig Device {}
abstract sig Node, Router extends Device {}
abstract sig Interface {}
abstract sig Segment {}
/** A destination class: a named address or one representative of a region of IPv4 space. */
abstract sig Address {}
abstract sig Prefix {}
abstract sig Length {}
abstract sig Pod {}
abstract sig StaticRoute {}
abstract sig Rule {}
abstract sig Port {}
/** A packet size in bytes; only compared through atMost and the plus... relations. */
abstract sig Size {}

abstract sig Mode {}
one sig Tunnel, Native extends Mode {}
abstract sig Option {}
one sig AutoDirectNodeRoutes extends Option {}
abstract sig Protocol {}
one sig AnyProtocol, Tcp, Udp, Icmp, Esp, Sctp extends Protocol {}
/** Cilium's transparent encryption of pod traffic between nodes. */
abstract sig Encryption {}
one sig WireGuard, IPsec extends Encryption {}
/** What the wire carries: the pods' probe (TCP to a port no rule names) or the outer packet a node
 *  wraps it in for another node (a tunnel packet, an encrypted packet, or both). */
abstract sig Traffic {}
one sig Probe, OuterPacket extends Traffic {}
/** A pod probe to a port policy names (the instance's probe classes: protocol and port). */
abstract sig PortProbe extends Traffic {}

/** Labels, selectors and policies (Kubernetes' and Cilium's, in Cilium's form). */
abstract sig Key {}
abstract sig Value {}
abstract sig Namespace {}
abstract sig Selector {}
abstract sig Requirement {}
abstract sig Operator {}
one sig In, NotIn, Exists, DoesNotExist extends Operator {}
abstract sig Policy {}
abstract sig PolicyRule {}
abstract sig PortRange {}
abstract sig Direction {}
one sig Ingress, Egress extends Direction {}
/** Cilium v1.16's entities. */
abstract sig Entity {}
one sig EntityAll, EntityWorld, EntityCluster, EntityHost, EntityInit, EntityIngress, EntityUnmanaged,
  EntityRemoteNode, EntityHealth, EntityNone, EntityKubeApiserver extends Entity {}
abstract sig EnforcementMode {}
one sig DefaultMode, AlwaysMode, NeverMode extends EnforcementMode {}
/** How a trace ends (Batfish's vocabulary). */
abstract sig Disposition {}
one sig Delivered, NoRoute, NullRouted, Denied, Loop, MtuExceeded, NeighborUnreachable extends Disposition {}

// ---------------------------------------------------------------- devices, segments, addresses

/** A device is attached to a segment when one of its interfaces is on it. */
fun attached: Device -> Segment { ~interfaceDevice.interfaceSegment }

/** The addresses a device answers for itself: a node's address, a router's interface addresses,
 *  and with IPsec a node's CiliumInternalIP (the ESP endpoint). */
fun owns: Device -> Address {
  ~interfaceDevice.interfaceAddress + (IPsec in encryption => ciliumInternalIp else none -> none)
}

fun nodeAddress: Node -> Address { Node <: ~interfaceDevice.interfaceAddress }

/** p -> q: prefix p is strictly longer than prefix q. */
fun longerThan: Prefix -> Prefix { prefixLength.~shorterThan.~prefixLength }

/** s -> g: a packet of size s fits segment g's MTU. */
fun carries: Size -> Segment { atMost.~segmentMtu }

// ---------------------------------------------------------------- routing tables per mode

/** connected: one route per attached segment, its CIDR. */
fun connectedKeys: Device -> Prefix { attached.segmentCidr }

/** static and null routes: per router and prefix, the first in file order. */
fun staticTable: Device -> StaticRoute {
  let sameKey = routeAt.~routeAt & routePrefix.~routePrefix |
    ~routeAt :> (StaticRoute - StaticRoute.(routeBefore & sameKey))
}
fun staticKeys: Device -> Prefix { staticTable.routePrefix }

/** auto-direct-node-routes (native mode only): a route to every other node on a shared segment. */
fun adnrNeighbours: Node -> Node {
  (mode = Native and AutoDirectNodeRoutes in options)
    => (Node <: attached.~attached :> Node) - iden
    else none -> none
}
fun adnrKeys: Device -> Prefix { adnrNeighbours.podCidr }

/** BGP: a peer router learns the PodCIDR of each node it peers with, via the node's address. */
fun bgpKeys: Device -> Prefix { bgpSessions.podCidr }

/** default: a node whose segment has a gateway routes 0.0.0.0/0 via it. */
fun defaultKeys: Device -> Prefix { ((Node <: attached).(gateway.Address)) -> defaultPrefix }

/* Ties between routes of equal prefix: connected, then static/null and ADNR, then BGP, then default. */
fun staticWins: Device -> Prefix { staticKeys - connectedKeys }
fun adnrWins: Device -> Prefix { adnrKeys - connectedKeys - staticKeys }
fun bgpWins: Device -> Prefix { bgpKeys - connectedKeys - staticKeys - adnrKeys }
fun defaultWins: Device -> Prefix { defaultKeys - connectedKeys - staticKeys - adnrKeys - bgpKeys }

/** Every device's routing table, as the prefixes it holds a route for. */
fun table: Device -> Prefix { connectedKeys + staticKeys + adnrKeys + bgpKeys + defaultKeys }

// ---------------------------------------------------------------- longest-prefix match

/** The prefix each device's table matches for destination w: the longest containing w. */
fun chosenPrefix[w: Address]: Device -> Prefix {
  let matching = table & (Device -> w.within) | matching - matching.longerThan
}

/** Devices with no route for w. */
fun unrouted[w: Address]: set Device { Device - chosenPrefix[w].Prefix }

/** The static or null route chosen for w. */
fun chosenStatic[w: Address]: Device -> StaticRoute {
  (chosenPrefix[w] & staticWins).~routePrefix & staticTable
}

/** Devices whose chosen route for w is a null route. */
fun nullRouted[w: Address]: set Device {
  (chosenStatic[w] & (Device -> (StaticRoute - routeNextHop.Address))).StaticRoute
}

/** The address each device hands a packet for w to: w itself on a connected segment, else the route's next hop. */
fun nextHopAddress[w: Address]: Device -> Address {
  let chosen = chosenPrefix[w] |
      ((chosen & connectedKeys).Prefix -> w)
    + chosenStatic[w].routeNextHop
    + (chosen & (adnrWins + bgpWins)).~podCidr.nodeAddress
    + (attached.gateway & ((chosen & defaultWins).Prefix -> Segment.gateway))
}

/** The attached segment whose CIDR holds the next hop: the segment the packet crosses. */
fun egress[w: Address]: Device -> Segment {
  (nextHopAddress[w].within.~segmentCidr) & attached
}

/** The other device that owns the next hop on that segment (ARP answers); none: neighbour unreachable. */
fun neighbour[w: Address]: Device -> Device {
  let owner = nextHopAddress[w].~interfaceAddress |
    restrictDomain[(owner.interfaceSegment & egress[w]).Segment, owner.interfaceDevice] - iden
}

// ---------------------------------------------------------------- firewalls

/** IPsec without a tunnel puts ESP on the wire; every other outer packet is UDP. */
fun outerProtocol: Protocol { (mode = Native and IPsec in encryption) => Esp else Udp }

/** The outer packet's destination port: WireGuard's, else the tunnel's; ESP has none. */
fun outerPort: set Port {
  WireGuard in encryption => wireguardPort
  else (mode = Native and IPsec in encryption) => none
  else tunnelPort
}

/** A pod probe's protocol and port: the default probe is TCP to a port no rule names. */
fun probeProtocol: Traffic -> Protocol { Probe -> Tcp + portProbeProtocol }
fun probePort: Traffic -> Port { portProbePort }

/** Rules that match traffic t: protocol any or t's, and no port or t's destination port. */
fun matchingRules[t: Traffic]: set Rule {
  let protocol = (t = OuterPacket => outerProtocol else t.probeProtocol),
      port = (t = OuterPacket => outerPort else t.probePort) |
    ruleProtocol.(AnyProtocol + protocol) - (rulePort.Port - rulePort.port)
}

/** Devices whose firewall lets t in: the first matching rule decides; no match allows. */
fun admits[t: Traffic]: set Device {
  let matching = matchingRules[t], first = matching - matching.ruleBefore |
    Device - (first & ruleDenies).ruleAt
}

// ---------------------------------------------------------------- what a device does with a packet

/** Nodes whose PodCIDR holds d: the node owns d; it delivers to a pod or drops (no endpoint). */
fun endpointNodes[d: Address]: set Node { podCidr.(d.within) }

fun podHolders[d: Address]: set Node { podAddress.d.podNode }

/** Tunnel mode or encryption: nodes that wrap a packet for d in an outer packet, towards the node
 *  owning d's PodCIDR. */
fun encapsulators[d: Address]: set Node {
  ((mode = Tunnel or some encryption) and some endpointNodes[d]) => Node - endpointNodes[d] - owns.d else none
}

/** Where the outer packet towards a node is addressed: its address; with IPsec and no tunnel, ESP
 *  goes to its CiliumInternalIP (routed like pod traffic, since it lies in the node's PodCIDR). */
fun outerAddress: Node -> Address {
  (mode = Native and IPsec in encryption) => ciliumInternalIp else nodeAddress
}

/** The outer packet's size for an inner packet of size s. WireGuard encapsulates first, then
 *  encrypts the tunnel packet; IPsec encrypts first, then the tunnel carries the ESP packet. */
fun outerSize: Size -> Size {
  mode = Tunnel
    => (WireGuard in encryption => plusOverhead.plusWireGuard
        else IPsec in encryption => plusEsp.plusOverhead
        else plusOverhead)
    else (WireGuard in encryption => plusWireGuard
        else IPsec in encryption => plusEsp
        else none -> none)
}

/** Devices that forward an unencapsulated packet for d by their table (nodes forward like routers). */
fun forwarders[d: Address]: set Device {
  Device - owns.d - endpointNodes[d] - encapsulators[d]
}

/* Restricting a relation's domain or range: Alloy translates <: and :> as a product with univ
 * (every atom of the instance), which was most of the time on large clusters. Towards one
 * destination a device has one next hop, and all devices together few: a product with the
 * relation's own (small) range stays sparse. */

/** r with its domain restricted to x. */
fun restrictDomain[x: set Device, r: Device -> Device]: Device -> Device { r & (x -> Device.r) }

/** r with its range restricted to y. */
fun restrictRange[r: Device -> Device, y: set Device]: Device -> Device { r & (r.Device -> (Device.r & y)) }

/** A packet of size s with wire destination w handed on by a forwarding device to its neighbour,
 *  over a segment that carries it (the neighbour's firewall not yet asked). */
fun handOn[w: Address, s: Size, forwarding: set Device]: Device -> Device {
  restrictDomain[forwarding & (egress[w] & (Device -> s.carries)).Segment, neighbour[w]]
}

/** One hop: handed on, into a device whose firewall admits traffic t. */
fun hop[w: Address, s: Size, t: Traffic, forwarding: set Device]: Device -> Device {
  restrictRange[handOn[w, s, forwarding], admits[t]]
}

/** The inner (unencapsulated) packet for d, a pod probe t. */
fun innerHopOn[d: Address, s: Size, t: Traffic]: Device -> Device { hop[d, s, t, forwarders[d]] }

/** The inner packet for d as the default probe (TCP to a port no rule names). */
fun innerHop[d: Address, s: Size]: Device -> Device { innerHopOn[d, s, Probe] }

/** The outer packet towards node m, for an inner packet of size s. */
fun outerHop[m: Node, s: Size]: Device -> Device {
  hop[m.outerAddress, s.outerSize, OuterPacket, Device - owns.(m.outerAddress)]
}

/* Forwarding is deterministic, so a trace is a path in the hop relation, and the set of start
 * devices whose trace ends in a given way is a backward closure: computed once per destination
 * (and size), it answers for every start device. This is what makes large clusters tractable. */

/** The devices from which a packet of size s for d is delivered: they reach, unencapsulated, the
 *  device owning d or the node of d's pod; or a node that wraps it towards d's node, from which
 *  the outer packet reaches that node, which holds the pod (or, with IPsec, owns d). */
fun deliveredFromOn[d: Address, s: Size, t: Traffic]: set Device {
  let reach = *(innerHopOn[d, s, t]), endpoint = endpointNodes[d] |
      reach.(owns.d + podHolders[d])
    + (endpoint in podHolders[d] + owns.d
        => reach.(encapsulators[d] & (^(outerHop[endpoint, s])).endpoint)
        else none)
}

/** deliveredFromOn for the default probe. */
fun deliveredFrom[d: Address, s: Size]: set Device { deliveredFromOn[d, s, Probe] }

/** A packet of size s for d, starting at src, is delivered. */
pred delivered[src: Device, d: Address, s: Size] {
  src in deliveredFrom[d, s]
}

/** A pod probe t of size s for d, starting at src, is delivered. */
pred deliveredOn[src: Device, d: Address, s: Size, t: Traffic] {
  src in deliveredFromOn[d, s, t]
}

/** The inner packet comes back to the device it started from: a loop, checked before that device's
 *  firewall (a device is reached again with the same packet, SEMANTICS.md). */
pred returnsToStartOn[src: Device, d: Address, s: Size, t: Traffic] {
  src in (src.*(innerHopOn[d, s, t])).(handOn[d, s, forwarders[d]])
}

pred returnsToStart[src: Device, d: Address, s: Size] { returnsToStartOn[src, d, s, Probe] }

/** The devices from which a probe for d loops: its trace reaches no device where it stops, or
 *  comes back to where it started, or is encapsulated and the outer packet reaches no device
 *  where it stops. */
fun loopingFrom[d: Address]: set Device {
  let step = innerHop[d, probeSize], reach = *step, outer = outerHop[endpointNodes[d], probeSize] |
      (Device - reach.(Device - step.Device))
    + (iden & reach.(handOn[d, probeSize, forwarders[d]])).Device
    + reach.(encapsulators[d] - (*outer).(Device - outer.Device))
}

/** The trace of a probe for d from src revisits a device with the same packet. */
pred loops[src: Device, d: Address] {
  src in loopingFrom[d]
}

// ---------------------------------------------------------------- MTU (Cilium's pkg/mtu)

/** base = cilium `mtu` if set, else the node's segment MTU; pod MTU = base - 50 in tunnel mode,
 *  and - 80 more with WireGuard, - 77 more with IPsec (pkg/mtu of Cilium v1.16.2). */
fun podMtu: Node -> Size {
  let base = (some ciliumMtu => Node -> ciliumMtu else Node <: attached.segmentMtu),
      tunnelled = (mode = Tunnel => base.~plusOverhead else base) |
    WireGuard in encryption => tunnelled.~plusWireguardOverhead
    else IPsec in encryption => tunnelled.~plusIpsecOverhead
    else tunnelled
}

// ---------------------------------------------------------------- policy

/** The labels of a pod's security identity: its own and its namespace's (under Cilium's keys). */
fun identity: Pod -> Key -> Value { podLabel + podNamespace.namespaceLabel }

/** A requirement holds for a pod: In, NotIn, Exists, DoesNotExist on the value of its key. */
pred holds[r: Requirement, p: Pod] {
  let v = r.requirementKey.(p.identity) |
    r.requirementOperator = In => (some v and v in r.requirementValue)
    else r.requirementOperator = NotIn => (no v or no v & r.requirementValue)
    else r.requirementOperator = Exists => some v
    else no v
}

/** s -> p: selector s selects pod p: every matchLabels entry is one of p's labels, every requirement holds. */
fun selects: Selector -> Pod {
  { s: Selector, p: Pod | s.matchLabel in p.identity and (all r: s.requirement | holds[r, p]) }
}

/** The entities that name pods: all, and cluster (the endpoints of the local cluster). */
fun podEntities: set Entity { EntityAll + EntityCluster }

/** r -> q -> t: rule r names pod q (as a peer) and covers probe t. CIDR rules never name a pod
 *  (cilium/cilium#9209); a rule with neither peers nor anyPeer names nothing. */
fun ruleMatches: PolicyRule -> Pod -> Traffic {
  { r: PolicyRule, q: Pod, t: PodTraffic |
      (r in anyPeerRule or q in r.rulePeer.selects or some r.ruleEntity & podEntities)
      and (r in allPortsRule or t in r.rulePorts.rangeCovers) }
}

/** Every probe a pod sends: the default probe and the port probes. */
fun PodTraffic: set Traffic { Traffic - OuterPacket }

/** p -> e: policy p selects endpoint e in direction d. */
fun selecting[d: Direction]: Policy -> Pod { (policyDirection.d) <: policySubject.selects }

/** The endpoints in default-deny in direction d: all with enable-policy: always, else those that a
 *  policy with default-deny in d selects. */
fun defaultDenied[d: Direction]: set Pod {
  policyMode = AlwaysMode => Pod else (policyDefaultDeny.d).(policySubject.selects)
}

/** e -> q -> t: some rule among rules, of direction d, of a policy selecting e, matches peer q and probe t. */
fun matched[d: Direction, rules: set PolicyRule]: Pod -> Pod -> Traffic {
  { e: Pod, q: Pod, t: PodTraffic | some r: rules & ruleDirection.d | e in r.rulePolicy.(selecting[d]) and q -> t in r.ruleMatches }
}

/** e -> q -> t: at endpoint e, in direction d, traffic with peer q on probe t is allowed: deny wins;
 *  an endpoint not in default-deny allows the rest; one in default-deny only what an allow rule matches.
 *  enable-policy: never enforces nothing. */
fun allowedAt[d: Direction]: Pod -> Pod -> Traffic {
  policyMode = NeverMode => Pod -> Pod -> PodTraffic
  else let dd = defaultDenied[d] |
    ((Pod - dd) -> Pod -> PodTraffic + dd <: matched[d, PolicyRule - denyRule]) - matched[d, denyRule]
}

/** a -> b -> t: egress at a and ingress at b (after decapsulation) allow probe t from a to b. */
fun policyAllows: Pod -> Pod -> Traffic {
  { a: Pod, b: Pod, t: PodTraffic | a -> b -> t in allowedAt[Egress] and b -> a -> t in allowedAt[Ingress] }
}

/** Policy can change what pods may send: some policy (default mode), or enable-policy: always. */
pred policyMatters { policyMode = AlwaysMode or (policyMode = DefaultMode and some Policy) }

/** The probes a pair is traced on: the default probe alone when policy allows it on every probe
 *  (or policy does not matter), else each probe it allows; none for an isolated pair. */
fun probesOf[a: Pod, b: Pod]: set Traffic {
  not policyMatters => Probe
  else (let allowed = b.(a.policyAllows) | allowed = PodTraffic => Probe else allowed)
}

/** The pods other than b whose probe t to b is traced. */
fun sendersOn[b: Pod, t: Traffic]: set Pod { { a: Pod - b | t in probesOf[a, b] } }

// ---------------------------------------------------------------- the properties

/* Where policy does not matter (policyMatters false), policyReachability and policyMtu say what
 * reachability and mtu say: probesOf is the default probe for every pair. The instance checks
 * these cheaper forms then, under the same command names (InstanceWriter). */

assert reachability {
  all b: Pod | (Pod - b).podNode in deliveredFrom[b.podAddress, probeSize]
}

/** Every pod pair policy allows: each probe it is traced on is delivered. */
assert policyReachability {
  all b: Pod | all t: PodTraffic | sendersOn[b, t].podNode in deliveredFromOn[b.podAddress, probeSize, t]
}

assert noLoop {
  all d: Address | no loopingFrom[d]
}

/* Senders are grouped by pod MTU so that each (destination, size) closure is computed once. */
assert mtu {
  all b: Pod | all s: Node.podMtu |
    let senders = (Pod - b).podNode & podMtu.s |
      senders & deliveredFrom[b.podAddress, probeSize] in deliveredFrom[b.podAddress, s]
}

/** mtu over the pod pairs policy allows, on each probe they are traced on. */
assert policyMtu {
  all b: Pod | all t: PodTraffic | all s: Node.podMtu |
    let senders = sendersOn[b, t].podNode & podMtu.s |
      senders & deliveredFromOn[b.podAddress, probeSize, t] in deliveredFromOn[b.podAddress, s, t]
}

// ---------------------------------------------------------------- counterexamples, in the domain's words

/** The first device a trace (from start, along step) reaches twice. For the outer packet, start is
 *  the encapsulating node's neighbour: the node itself held the packet unencapsulated before. */
fun cycleEntry[start: Device, step: Device -> Device]: set Device {
  let visited = start.*step, cycle = { y: visited | y in y.^step } |
    start in cycle => start else cycle & (visited - cycle).step
}

/** Why a forwarding device x could not hand on a packet for w of size s (Denied: at the neighbour). */
fun handOnFailure[x: Device, w: Address, s: Size]: Device -> Disposition {
  x in unrouted[w] => x -> NoRoute
  else x in nullRouted[w] => x -> NullRouted
  else no x.(neighbour[w]) => x -> NeighborUnreachable
  else no x.(egress[w]) & s.carries => x -> MtuExceeded
  else x.(neighbour[w]) -> Denied
}

/** Where the inner trace of a packet of size s from src to d stops (none: it loops). */
fun innerEndOn[src: Device, d: Address, s: Size, t: Traffic]: set Device {
  src.*(innerHopOn[d, s, t]) - innerHopOn[d, s, t].Device
}

fun innerEnd[src: Device, d: Address, s: Size]: set Device { innerEndOn[src, d, s, Probe] }

/** How the inner trace stops at x, a device that does not encapsulate. */
fun innerStop[x: Device, d: Address, s: Size]: Device -> Disposition {
  x in owns.d + podHolders[d] => x -> Delivered
  else x in endpointNodes[d] => x -> NoRoute
  else handOnFailure[x, d, s]
}

/** The outer packet's hop towards d's node, for a packet of inner size s. */
fun tunnelHop[d: Address, s: Size]: Device -> Device { outerHop[endpointNodes[d], s] }

/** Where the outer trace from the encapsulating node e stops (none: it loops). */
fun outerEnd[e: Device, d: Address, s: Size]: set Device {
  e.*(tunnelHop[d, s]) - tunnelHop[d, s].Device
}

/** How the outer trace stops at x: unwrapped and delivered (or no endpoint) at d's node, else failed on the way. */
fun outerStop[x: Device, d: Address, s: Size]: Device -> Disposition {
  x in endpointNodes[d] => (x in podHolders[d] + owns.d => x -> Delivered else x -> NoRoute)
  else handOnFailure[x, endpointNodes[d].outerAddress, s.outerSize]
}

/** Where and how the trace of a packet of size s from src to d ends. */
fun outcome[src: Device, d: Address, s: Size]: Device -> Disposition {
  let last = innerEnd[src, d, s] |
    no last => cycleEntry[src, innerHop[d, s]] -> Loop
    else returnsToStart[src, d, s] => src -> Loop
    else last in encapsulators[d] => (
      let outerLast = outerEnd[last, d, s] |
        no outerLast => cycleEntry[last.(tunnelHop[d, s]), tunnelHop[d, s]] -> Loop
        else outerStop[outerLast, d, s])
    else innerStop[last, d, s]
}
