package org.netroute.dsl.ide.index;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.netroute.dsl.netRoute.Cluster;
import org.netroute.dsl.netRoute.Model;

/**
 * What an editor's index holds of a file: its clusters and their blocks (segments, nodes,
 * routers, firewalls), not what lies inside a block (pods, interfaces, rules). Every reference
 * names something of its own cluster and is resolved there (NetRouteScopeProvider), so the index
 * serves only workspace symbols; exporting 150,000 pods made the language server copy and
 * compare them on every keystroke in a 5,000-node file.
 */
public class IndexedDeclarations extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		boolean topLevel = eObject instanceof Model || eObject instanceof Cluster || eObject.eContainer() instanceof Cluster;
		if (!topLevel) {
			return false;
		}
		super.createEObjectDescriptions(eObject, acceptor);
		return !(eObject.eContainer() instanceof Cluster);
	}
}
