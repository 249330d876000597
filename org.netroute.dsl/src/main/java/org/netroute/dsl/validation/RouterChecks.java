package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.address.Ipv4Text;
import org.netroute.dsl.netRoute.Interface;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;
import org.netroute.dsl.netRoute.Route;
import org.netroute.dsl.netRoute.Router;

/**
 * A router's own tables as the kernel keeps them: one interface a name, one route a prefix.
 */
public class RouterChecks extends CheckGroup {

	@Check
	public void checkInterfaceNamesUnique(Router router) {
		for (Interface iface : Duplicates.later(router.getInterfaces(), Interface::getName)) {
			error("Router '" + router.getName() + "' has two interfaces named '" + iface.getName() + "'", iface,
					Literals.INTERFACE__NAME, IssueCodes.DUPLICATE_INTERFACE_NAME);
		}
	}

	@Check
	public void checkRoutesUnique(Router router) {
		for (Route route : Duplicates.later(router.getRoutes(), RouterChecks::destination)) {
			error("Router '" + router.getName() + "' has two routes for " + route.getDestination()
					+ ": the kernel keeps only one of them", route, Literals.ROUTE__DESTINATION, IssueCodes.DUPLICATE_ROUTE);
		}
	}

	/** The destination prefix as a number, so that differently written prefixes compare equal; null if malformed. */
	private static Long destination(Route route) {
		long destination = Ipv4Text.cidrValue(route.getDestination());
		return destination == Ipv4Text.INVALID ? null : destination;
	}
}
