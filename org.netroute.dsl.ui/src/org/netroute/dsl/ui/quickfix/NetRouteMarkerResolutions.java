package org.netroute.dsl.ui.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.netroute.dsl.ui.validation.ProblemMarkers;
import org.netroute.dsl.validation.IssueCodes;

/**
 * The quick fixes of NetRoute problem markers, chosen by the validator's issue code. Only fixes
 * whose result is unambiguous are offered.
 */
public class NetRouteMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.ISSUE_CODE, "");
		if (IssueCodes.HOST_BITS_SET.equals(code)) {
			String[] data = ProblemMarkers.issueData(marker);
			if (data.length == 2) {
				return new IMarkerResolution[] { new CorrectCidrResolution(data[0], data[1]) };
			}
		}
		if (IssueCodes.AUTO_DIRECT_NODE_ROUTES_IN_TUNNEL_MODE.equals(code)) {
			return new IMarkerResolution[] { new RemoveAutoDirectNodeRoutesResolution() };
		}
		return new IMarkerResolution[0];
	}
}
