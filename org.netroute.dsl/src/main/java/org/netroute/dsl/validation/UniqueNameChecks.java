package org.netroute.dsl.validation;

import static org.netroute.dsl.validation.TextOrder.inTextOrder;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Firewall;
import org.netroute.dsl.netRoute.Model;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Node;
import org.netroute.dsl.netRoute.Pod;
import org.netroute.dsl.netRoute.Router;
import org.netroute.dsl.netRoute.Segment;

/**
 * Names identify: reports, traces and references name clusters and their declarations alone.
 * Each rule is one pass over the declarations with a map of the names seen, reporting the later.
 */
public class UniqueNameChecks extends CheckGroup {

	@Check
	public void checkClusterNamesUnique(Model model) {
		for (Cluster cluster : Duplicates.later(model.getClusters(), Cluster::getName)) {
			error("Duplicate cluster name '" + cluster.getName() + "'", cluster, Literals.CLUSTER__NAME,
					IssueCodes.DUPLICATE_CLUSTER_NAME);
		}
	}

	/** Segments, nodes, routers, firewalls and pods share one namespace: reports and traces name them alone. */
	@Check
	public void checkNamesUnique(Cluster cluster) {
		Map<String, String> seen = new HashMap<>();
		Consumer<Named> check = named -> {
			if (named.name() == null) {
				return;
			}
			String earlier = seen.putIfAbsent(named.name(), named.kind());
			if (earlier != null) {
				error("Duplicate name '" + named.name() + "' in cluster '" + cluster.getName() + "': already used by a " + earlier,
						named.owner(), named.feature(), IssueCodes.DUPLICATE_NAME);
			}
		};
		for (EObject declaration : inTextOrder(cluster.getSegments(), cluster.getRouters(), cluster.getFirewalls(), cluster.getNodes())) {
			if (declaration instanceof Segment s) {
				check.accept(new Named(s.getName(), "segment", s, Literals.SEGMENT__NAME));
			} else if (declaration instanceof Router r) {
				check.accept(new Named(r.getName(), "router", r, Literals.DEVICE__NAME));
			} else if (declaration instanceof Firewall f) {
				check.accept(new Named(f.getName(), "firewall", f, Literals.FIREWALL__NAME));
			} else {
				Node node = (Node) declaration;
				check.accept(new Named(node.getName(), "node", node, Literals.DEVICE__NAME));
				// A node's pods lie inside its text, after it and before whatever follows it.
				for (Pod p : node.getPods()) {
					check.accept(new Named(p.getName(), "pod", p, Literals.POD__NAME));
				}
			}
		}
	}

	private record Named(String name, String kind, EObject owner, EStructuralFeature feature) {
	}
}
