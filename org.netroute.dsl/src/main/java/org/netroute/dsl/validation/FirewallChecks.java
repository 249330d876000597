package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.Check;
import org.netroute.dsl.netRoute.Firewall;
import org.netroute.dsl.netRoute.NetRoutePackage.Literals;

/**
 * Firewalls that are legal but probably not what was meant.
 */
public class FirewallChecks extends CheckGroup {

	@Check
	public void checkFirewallHasRules(Firewall firewall) {
		if (firewall.getRules().isEmpty()) {
			warning("Firewall '" + firewall.getName() + "' has no rules: it allows everything", firewall, Literals.FIREWALL__NAME,
					IssueCodes.FIREWALL_WITHOUT_RULES);
		}
	}
}
