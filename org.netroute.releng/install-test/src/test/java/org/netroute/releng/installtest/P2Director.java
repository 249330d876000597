package org.netroute.releng.installtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * p2's director application run inside an Eclipse installation, the machinery of Install New
 * Software, with one repository and no other site; and, when it did not install, what it said,
 * so that a test can fail with the director's own words instead of going on without NetRoute.
 */
final class P2Director {

	/** The director's first line on a failed installation; its reasons follow. */
	private static final String FAILED = "Installation failed.";
	/** The director's last line when it installed. */
	private static final String COMPLETED = "Operation completed";
	private static final int REASON_LINES = 25;

	private P2Director() {
	}

	/** Installs {@code unit} from the p2 repository zip {@code site} into {@code eclipse}. */
	static Installation install(EclipseInstallation eclipse, Path site, String unit, Path log, Duration limit)
			throws IOException, InterruptedException {
		EclipseInstallation.Run run = eclipse.run(log, limit, List.of(), "-application", "org.eclipse.equinox.p2.director",
				"-repository", "jar:" + site.toUri() + "!/", "-installIU", unit);
		return new Installation(unit, site, run, Files.readAllLines(run.log(), StandardCharsets.UTF_8));
	}

	/** One run of the director: its exit code and output. */
	record Installation(String unit, Path site, EclipseInstallation.Run run, List<String> output) {

		Installation {
			output = List.copyOf(output);
		}

		/** Empty when the director ended with 0 and reported the operation completed; else the director's reasons. */
		Optional<String> failure() {
			boolean completed = output.stream().anyMatch(line -> line.startsWith(COMPLETED));
			if (run.exitCode() == 0 && completed) {
				return Optional.empty();
			}
			String heading = "p2's director did not install " + unit + " from " + site
					+ (run.exitCode() < 0 ? " (killed: no end within the time limit)" : " (exit " + run.exitCode() + ")");
			return Optional.of(heading + ":\n" + String.join("\n", reasons()) + "\n(the director's whole output: "
					+ run.log() + ")");
		}

		/** From "Installation failed." on, without stack frames; the last lines if the director never said so. */
		private List<String> reasons() {
			int start = 0;
			while (start < output.size() && !output.get(start).contains(FAILED)) {
				start++;
			}
			List<String> told = (start < output.size() ? output.subList(start, output.size())
					: output.subList(Math.max(0, output.size() - REASON_LINES), output.size())).stream()
					.filter(line -> !line.startsWith("\tat ") && !line.isBlank()).toList();
			return told.subList(0, Math.min(REASON_LINES, told.size()));
		}
	}
}
