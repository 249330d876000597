package org.netroute.dsl.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The quick fixes of NetRoute problem markers: the code action the .ide module offers for the
 * marker's issue code (see {@link MarkedProblem}), run as an Eclipse marker resolution.
 */
public class NetRouteMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		MarkedProblem problem = MarkedProblem.of(marker);
		if (problem.issueCode().isEmpty() || !problem.file().exists()) {
			return new IMarkerResolution[0];
		}
		return problem.codeAction(MarkedFileText.read(problem.file()))
				.map(action -> new IMarkerResolution[] { new CodeActionResolution(problem, action.getTitle()) })
				.orElse(new IMarkerResolution[0]);
	}
}
