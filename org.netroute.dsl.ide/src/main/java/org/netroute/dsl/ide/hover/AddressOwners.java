package org.netroute.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cilium;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

import inet.ipaddr.ipv4.IPv4Address;

/**
 * Answers the question a reader of a .netroute file asks of an address: whose is it, and which
 * segment and PodCIDR does it fall in? Pure: works on the parsed cluster alone, so the language
 * server's hover and the Eclipse editor's hover give the same facts.
 */
public final class AddressOwners {

	private AddressOwners() {
	}

	/** One sentence per fact about {@code addressText} in {@code cluster}, most specific first. */
	public static List<String> describe(String addressText, Cluster cluster) {
		List<String> facts = new ArrayList<>();
		Optional<IPv4Address> parsed = Ipv4Text.address(addressText);
		if (parsed.isEmpty()) {
			return facts;
		}
		IPv4Address address = parsed.get();
		boolean ipsec = cluster.getCilium().stream().anyMatch(cilium -> Boolean.TRUE.equals(cilium.getEnableIpsec()));
		for (Node node : cluster.getNodes()) {
			if (same(address, node.getAddress())) {
				facts.add(addressText + " is the address of node '" + node.getName() + "'");
			}
			if (same(address, node.getCiliumInternalIp())) {
				facts.add(addressText + " is the CiliumInternalIP (cilium_host) of node '" + node.getName() + "'"
						+ (ipsec ? ": IPsec's ESP to this node is addressed to it" : ""));
			}
			for (Pod pod : node.getPods()) {
				if (same(address, pod.getAddress())) {
					facts.add(addressText + " is pod '" + pod.getName() + "' on node '" + node.getName() + "'");
				}
			}
		}
		for (Router router : cluster.getRouters()) {
			for (Interface iface : router.getInterfaces()) {
				if (same(address, iface.getAddress())) {
					facts.add(addressText + " is interface '" + iface.getName() + "' of router '" + router.getName() + "'");
				}
			}
		}
		for (Segment segment : cluster.getSegments()) {
			if (same(address, segment.getGateway())) {
				facts.add(addressText + " is the gateway of segment '" + segment.getName() + "'");
			}
		}
		for (Node node : cluster.getNodes()) {
			if (contains(node.getPodCidr(), address)) {
				facts.add("In PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "'");
			}
		}
		for (Segment segment : cluster.getSegments()) {
			if (contains(segment.getCidr(), address)) {
				facts.add("On segment '" + segment.getName() + "' (" + segment.getCidr() + ", MTU "
						+ (segment.getMtu() == null ? 1500 : segment.getMtu()) + ")");
			}
		}
		for (Cilium cilium : cluster.getCilium()) {
			if (contains(cilium.getNativeRoutingCidr(), address)) {
				facts.add("Inside ipv4-native-routing-cidr " + cilium.getNativeRoutingCidr() + " (not masqueraded)");
			}
		}
		if (facts.isEmpty()) {
			facts.add(addressText + " is in no segment and no PodCIDR of cluster '" + cluster.getName() + "'");
		}
		return facts;
	}

	private static boolean same(IPv4Address address, String text) {
		return Ipv4Text.address(text).map(address::equals).orElse(false);
	}

	private static boolean contains(String cidrText, IPv4Address address) {
		return Ipv4Text.cidr(cidrText).map(block -> block.contains(address)).orElse(false);
	}
}
