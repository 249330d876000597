package org.netroute.dsl.ui.verify;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Lets Verify runs on the same file take turns, so their markers and views never interleave,
 * without holding the file's resource rule: saves and builds go on while the checker works.
 */
public record VerificationRule(IFile file) implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
