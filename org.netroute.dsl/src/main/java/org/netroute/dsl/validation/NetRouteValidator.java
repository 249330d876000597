package org.netroute.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The static rules of a Cilium cluster description: what Cilium, the kernel or plain IP
 * arithmetic would reject or silently misroute. The rules live in one small class per concern,
 * one method per rule, each error placed on the feature that is wrong (so the editor and the CLI
 * point at the right line and column) and carrying an {@link IssueCodes} code.
 */
@ComposedChecks(validators = { AddressTextChecks.class, RequiredSettingChecks.class, ClusterBlockChecks.class,
		ContainmentChecks.class, OverlapChecks.class, UniqueNameChecks.class, UniqueAddressChecks.class, RouterChecks.class,
		CiliumOptionChecks.class, NumberRangeChecks.class, NativeRoutingChecks.class, FirewallChecks.class,
		EncryptionChecks.class, PolicyChecks.class })
public class NetRouteValidator extends AbstractNetRouteValidator {
}
