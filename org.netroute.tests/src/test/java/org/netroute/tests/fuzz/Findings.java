package org.netroute.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where failing inputs are kept: each as a .netroute file named by its content's hash, to be
 * copied into {@code src/test/resources/fuzz-regressions/}, where {@link FuzzRegressionsTest}
 * replays it in every build from then on.
 */
public final class Findings {

    private final Path folder;

    public Findings(Path folder) {
        this.folder = folder;
    }

    /** The build's findings folder, {@code target/fuzz-findings} of the tests module. */
    public static Findings ofBuild() {
        return new Findings(Path.of("target", "fuzz-findings").toAbsolutePath());
    }

    /** Writes a failing input and returns where it went. */
    public Path keep(String text) {
        return keep(text, "crash", ".netroute");
    }

    /**
     * Writes an input worth a look that failed no oracle (e.g. one an engine did not decide in
     * time) and returns where it went.
     *
     * @param kind the file name's first word, e.g. "undecided"
     * @param extension the file name's end, e.g. ".netroute", or ".yaml" for an import's dump
     */
    public Path keep(String text, String kind, String extension) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(kind + "-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes), 0, 8) + extension);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
