package org.netroute.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The .netroute files a build verifies: those under the source folders that match an include
 * and no exclude, in Ant/Maven pattern syntax ({@code **} any folders, {@code *} any name part,
 * {@code ?} one character), in a stable order so reports and logs do not jump between builds.
 */
final class SourceFiles {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    SourceFiles(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(SourceFiles::regex).toList();
        this.excludes = excludes.stream().map(SourceFiles::regex).toList();
    }

    /** The matching files under one folder; none when the folder does not exist. */
    List<Path> under(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (matches(includes, relative) && !matches(excludes, relative)) {
                    files.add(file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }

    private static boolean matches(List<Pattern> patterns, String relative) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(relative).matches());
    }

    /** An Ant pattern as a regular expression; {@code **}{@code /} also matches no folder at all. */
    static Pattern regex(String antPattern) {
        String pattern = antPattern.trim().replace('\\', '/');
        if (pattern.endsWith("/")) {
            pattern += "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < pattern.length(); index++) {
            char character = pattern.charAt(index);
            if (pattern.startsWith("**/", index)) {
                regex.append("(?:.*/)?");
                index += 2;
            } else if (pattern.startsWith("**", index)) {
                regex.append(".*");
                index += 1;
            } else if (character == '*') {
                regex.append("[^/]*");
            } else if (character == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
