package org.netroute.dsl.validation;

import static org.netroute.dsl.validation.TextOrder.laterInText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Segment;
import org.netroute.dsl.validation.PrefixOverlaps.Declared;
import org.netroute.dsl.validation.PrefixOverlaps.Overlap;

/**
 * PodCIDRs and segments are disjoint address ranges: an overlap makes two owners of one address.
 * Each rule looks at the whole cluster at once through {@link PrefixOverlaps}, in O(n log n).
 */
public class OverlapChecks extends CheckGroup {

	@Check
	public void checkPodCidrsDoNotOverlap(Cluster cluster) {
		for (Overlap<Node> overlap : PrefixOverlaps.find(podCidrs(cluster))) {
			Node node = laterInText(overlap.later().owner(), overlap.earlier().owner());
			Node other = node == overlap.later().owner() ? overlap.earlier().owner() : overlap.later().owner();
			error("PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "' overlaps PodCIDR " + other.getPodCidr()
					+ " of node '" + other.getName() + "': two nodes would own the same pod addresses", node, Literals.NODE__POD_CIDR,
					IssueCodes.POD_CIDRS_OVERLAP);
		}
	}

	@Check
	public void checkPodCidrDoesNotOverlapSegment(Cluster cluster) {
		List<Declared<EObject>> all = new ArrayList<>();
		podCidrs(cluster).forEach(d -> all.add(new Declared<>(d.owner(), d.block())));
		segmentCidrs(cluster).forEach(d -> all.add(new Declared<>(d.owner(), d.block())));
		for (Overlap<EObject> overlap : PrefixOverlaps.find(all)) {
			EObject a = overlap.later().owner();
			EObject b = overlap.earlier().owner();
			if (a instanceof Node && b instanceof Segment || a instanceof Segment && b instanceof Node) {
				Node node = (Node) (a instanceof Node ? a : b);
				Segment segment = (Segment) (a instanceof Segment ? a : b);
				error("PodCIDR " + node.getPodCidr() + " of node '" + node.getName() + "' overlaps segment '" + segment.getName()
						+ "' (" + segment.getCidr() + "): pod and node addresses would be routed alike", node, Literals.NODE__POD_CIDR,
						IssueCodes.POD_CIDR_OVERLAPS_SEGMENT);
			}
		}
	}

	@Check
	public void checkSegmentsDoNotOverlap(Cluster cluster) {
		for (Overlap<Segment> overlap : PrefixOverlaps.find(segmentCidrs(cluster))) {
			Segment segment = laterInText(overlap.later().owner(), overlap.earlier().owner());
			Segment other = segment == overlap.later().owner() ? overlap.earlier().owner() : overlap.later().owner();
			error("Segment '" + segment.getName() + "' (" + segment.getCidr() + ") overlaps segment '" + other.getName() + "' ("
					+ other.getCidr() + ")", segment, Literals.SEGMENT__CIDR, IssueCodes.SEGMENTS_OVERLAP);
		}
	}

	private static List<Declared<Node>> podCidrs(Cluster cluster) {
		return blocks(cluster.getNodes(), Node::getPodCidr);
	}

	private static List<Declared<Segment>> segmentCidrs(Cluster cluster) {
		return blocks(cluster.getSegments(), Segment::getCidr);
	}

	/** The well-formed CIDRs of {@code owners}; malformed ones are reported by {@link AddressTextChecks}. */
	private static <T> List<Declared<T>> blocks(List<T> owners, Function<T, String> cidr) {
		List<Declared<T>> declared = new ArrayList<>();
		for (T owner : owners) {
			long block = Ipv4Text.cidrValue(cidr.apply(owner));
			if (block != Ipv4Text.INVALID) {
				declared.add(new Declared<>(owner, block));
			}
		}
		return declared;
	}
}
