package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Protocol;
import org.netroute.dsl.netRoute.Rule;

/**
 * Transparent encryption (enable-wireguard, enable-ipsec) and what IPsec needs: the options
 * Cilium refuses together, ESP rules (ESP has no ports), and each node's CiliumInternalIP, the
 * ESP endpoint inside its PodCIDR (a malformed one is {@link AddressTextChecks}' to report).
 */
public class EncryptionChecks extends CheckGroup {

	@Check
	public void checkNotBothEncryptions(Cilium cilium) {
		if (Boolean.TRUE.equals(cilium.getEnableWireguard()) && Boolean.TRUE.equals(cilium.getEnableIpsec())) {
			error("enable-wireguard and enable-ipsec cannot both be true: Cilium refuses to start with two transparent"
					+ " encryptions (choose one)", cilium, Literals.CILIUM__ENABLE_IPSEC, IssueCodes.WIREGUARD_WITH_IPSEC);
		}
	}

	@Check
	public void checkEspHasNoPort(Rule rule) {
		if (rule.getProtocol() == Protocol.ESP && rule.getPort() != null) {
			error("An esp rule cannot name a port: ESP (IP protocol 50, IPsec's encrypted packets) has no ports; write '"
					+ rule.getAction().getLiteral() + " esp'", rule, Literals.RULE__PORT, IssueCodes.ESP_WITH_PORT);
		}
	}

	/** Cilium's IPAM allocates cilium_host's address from the PodCIDR; NetRoute models no other. */
	@Check
	public void checkCiliumInternalIpInsidePodCidr(Node node) {
		long address = Ipv4Text.addressValue(node.getCiliumInternalIp());
		long podCidr = Ipv4Text.cidrValue(node.getPodCidr());
		if (address != Ipv4Text.INVALID && podCidr != Ipv4Text.INVALID && !Ipv4Text.contains(podCidr, address)) {
			error("cilium-internal-ip " + node.getCiliumInternalIp() + " of node '" + node.getName()
					+ "' lies outside its PodCIDR " + node.getPodCidr()
					+ ": Cilium allocates cilium_host's address from the PodCIDR", node, Literals.NODE__CILIUM_INTERNAL_IP,
					IssueCodes.CILIUM_INTERNAL_IP_OUTSIDE_POD_CIDR);
		}
	}

	@Check
	public void checkCiliumInternalIpIsNoPod(Node node) {
		long address = Ipv4Text.addressValue(node.getCiliumInternalIp());
		if (address == Ipv4Text.INVALID) {
			return;
		}
		for (Pod pod : node.getPods()) {
			if (Ipv4Text.addressValue(pod.getAddress()) == address) {
				error("cilium-internal-ip " + node.getCiliumInternalIp() + " of node '" + node.getName() + "' is pod '"
						+ pod.getName() + "''s address: cilium_host and a pod cannot share it", node,
						Literals.NODE__CILIUM_INTERNAL_IP, IssueCodes.CILIUM_INTERNAL_IP_OF_A_POD);
				return;
			}
		}
	}

	/** With IPsec and no stated address, NetRoute needs a PodCIDR address no pod has (SEMANTICS.md). */
	@Check
	public void checkPodCidrHasRoomForCiliumInternalIp(Node node) {
		if (node.getCiliumInternalIp() != null || !ipsec(node)) {
			return;
		}
		long podCidr = Ipv4Text.cidrValue(node.getPodCidr());
		if (podCidr == Ipv4Text.INVALID) {
			return;
		}
		int length = Ipv4Text.length(podCidr);
		long first = Ipv4Text.network(podCidr) + (length == 32 ? 0 : 1);
		long candidates = Ipv4Text.last(podCidr) - first + 1;
		long taken = node.getPods().stream().map(pod -> Ipv4Text.addressValue(pod.getAddress()))
				.filter(address -> address >= first && address <= Ipv4Text.last(podCidr)).distinct().count();
		if (taken >= candidates) {
			error("With enable-ipsec, node '" + node.getName() + "' needs a CiliumInternalIP, and every address of PodCIDR "
					+ node.getPodCidr() + " is a pod's: state it with 'cilium-internal-ip:' or widen the PodCIDR", node,
					Literals.NODE__POD_CIDR, IssueCodes.NO_ADDRESS_FOR_CILIUM_INTERNAL_IP);
		}
	}

	private static boolean ipsec(Node node) {
		Cluster cluster = (Cluster) node.eContainer();
		return cluster.getCilium().stream().anyMatch(cilium -> Boolean.TRUE.equals(cilium.getEnableIpsec()));
	}
}
