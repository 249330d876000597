package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.Cluster;

/**
 * The cilium and bgp blocks configure a whole cluster: a second block of either would leave it
 * unclear which setting wins, so each may appear once.
 */
public class ClusterBlockChecks extends CheckGroup {

	@Check
	public void checkOneCiliumBlock(Cluster cluster) {
		for (int i = 1; i < cluster.getCilium().size(); i++) {
			error("Cluster '" + cluster.getName() + "' has more than one 'cilium' block: merge them", cluster.getCilium().get(i),
					null, IssueCodes.SECOND_CILIUM_BLOCK);
		}
	}

	@Check
	public void checkOneBgpBlock(Cluster cluster) {
		for (int i = 1; i < cluster.getBgp().size(); i++) {
			error("Cluster '" + cluster.getName() + "' has more than one 'bgp' block: merge them", cluster.getBgp().get(i), null,
					IssueCodes.SECOND_BGP_BLOCK);
		}
	}
}
