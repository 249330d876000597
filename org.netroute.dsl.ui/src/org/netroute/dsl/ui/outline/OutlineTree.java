package org.netroute.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

/** Turns a parsed file into outline entries: clusters, and in each its segments, routers and nodes. */
public final class OutlineTree {

	private OutlineTree() {
	}

	public static List<OutlineEntry> of(Model model) {
		List<OutlineEntry> clusters = new ArrayList<>();
		for (Cluster cluster : model.getClusters()) {
			List<OutlineEntry> children = new ArrayList<>();
			for (Segment segment : cluster.getSegments()) {
				children.add(entry(OutlineEntry.Kind.SEGMENT, segment, segment.getName(), segment.getCidr(), Literals.SEGMENT__NAME));
			}
			for (Router router : cluster.getRouters()) {
				children.add(entry(OutlineEntry.Kind.ROUTER, router, router.getName(),
						router.getInterfaces().size() + " interface(s), " + router.getRoutes().size() + " route(s)",
						Literals.DEVICE__NAME));
			}
			for (Node node : cluster.getNodes()) {
				children.add(entry(OutlineEntry.Kind.NODE, node, node.getName(),
						node.getAddress() == null ? "" : node.getAddress() + (node.getPodCidr() == null ? "" : ", pods " + node.getPodCidr()),
						Literals.DEVICE__NAME));
			}
			OutlineEntry entry = entry(OutlineEntry.Kind.CLUSTER, cluster, cluster.getName(), "", Literals.CLUSTER__NAME);
			clusters.add(new OutlineEntry(entry.kind(), entry.name(), entry.detail(), entry.offset(), entry.length(), children));
		}
		return clusters;
	}

	private static OutlineEntry entry(OutlineEntry.Kind kind, EObject declaration, String name, String detail,
			EStructuralFeature nameFeature) {
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(declaration, nameFeature);
		INode target = nameNodes.isEmpty() ? NodeModelUtils.getNode(declaration) : nameNodes.get(0);
		ICompositeNode whole = NodeModelUtils.getNode(declaration);
		int offset = target != null ? target.getOffset() : whole != null ? whole.getOffset() : 0;
		int length = target != null ? target.getLength() : 0;
		return new OutlineEntry(kind, name == null ? "?" : name, detail, offset, length, List.of());
	}
}
