package org.netroute.dsl.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;

/**
 * Addresses and CIDRs as written: the grammar accepts any four dot-separated numbers, so octets,
 * prefix lengths and host bits are judged here, on the feature that holds the text.
 */
public class AddressTextChecks extends CheckGroup {

	/**
	 * The features that hold an address: a pod's, a node's (and its CiliumInternalIP), an
	 * interface's, a gateway and a next hop.
	 */
	private static final Set<EAttribute> ADDRESSES = Set.of(Literals.POD__ADDRESS, Literals.NODE__ADDRESS,
			Literals.NODE__CILIUM_INTERNAL_IP, Literals.INTERFACE__ADDRESS, Literals.SEGMENT__GATEWAY,
			Literals.ROUTE__NEXT_HOP);

	/**
	 * The features that hold a CIDR: a segment's, a PodCIDR, a route's destination, the native-routing
	 * CIDR, and a policy's ipBlock, its exceptions and fromCIDR/toCIDR.
	 */
	private static final Set<EAttribute> CIDRS = Set.of(Literals.SEGMENT__CIDR, Literals.NODE__POD_CIDR,
			Literals.ROUTE__DESTINATION, Literals.CILIUM__NATIVE_ROUTING_CIDR, Literals.IP_BLOCK__CIDR,
			Literals.IP_BLOCK__EXCEPT, Literals.CILIUM_RULE__CIDRS);

	@Check
	public void checkAddresses(EObject owner) {
		for (EAttribute feature : owner.eClass().getEAllAttributes()) {
			if (ADDRESSES.contains(feature) && owner.eGet(feature) instanceof String text) {
				Ipv4Text.addressProblem(text).ifPresent(problem -> error(problem, owner, feature, IssueCodes.MALFORMED_ADDRESS));
			}
		}
	}

	@Check
	public void checkCidrs(EObject owner) {
		for (EAttribute feature : owner.eClass().getEAllAttributes()) {
			if (CIDRS.contains(feature) && owner.eGet(feature) instanceof String text) {
				checkCidr(owner, feature, text, INSIGNIFICANT_INDEX);
			} else if (CIDRS.contains(feature) && owner.eGet(feature) instanceof List<?> texts) {
				for (int index = 0; index < texts.size(); index++) {
					if (texts.get(index) instanceof String text) {
						checkCidr(owner, feature, text, index);
					}
				}
			}
		}
	}

	private void checkCidr(EObject owner, EAttribute feature, String text, int index) {
		Optional<String> problem = Ipv4Text.cidrProblem(text);
		if (problem.isPresent()) {
			Optional<String> corrected = Ipv4Text.correctedCidr(text);
			boolean hostBits = corrected.isPresent() && !corrected.get().equals(text) && problem.get().contains("host bits");
			if (hostBits) {
				error(problem.get(), owner, feature, index, IssueCodes.HOST_BITS_SET, text, corrected.get());
			} else {
				error(problem.get(), owner, feature, index, IssueCodes.MALFORMED_CIDR);
			}
		}
	}
}
