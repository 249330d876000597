package org.netroute.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a real file the ways files get damaged: byte flips, tokens deleted or duplicated, numbers
 * too large for any field, deep nesting, very long names, unicode, NUL bytes, CRLF line ends,
 * truncation and lines moved. Starting from the examples keeps most of each file meaningful, so
 * that the damage lands deep inside the parser, validator and engines rather than at the first token.
 */
public final class ExampleMutations {

    /** One kind of damage. */
    enum Mutation {
        FLIP_BYTE, DELETE_TOKEN, DUPLICATE_TOKEN, HUGE_NUMBER, DEEP_NESTING, LONG_NAME, UNICODE, NUL_BYTE, CRLF,
        TRUNCATE, MOVE_LINE
    }

    private static final int MAX_LENGTH = 200_000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][\\w.-]*|\\d+|\"[^\"\\n]*\"|[{}:,/]");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NAME = Pattern.compile("\\b(?:cluster|segment|node|router|firewall|interface) ([\\w.-]+)");
    private static final String[] HUGE = {"2147483648", "99999999999999999999999999", "4294967295", "-1",
            "9".repeat(400)};
    private static final String[] UNICODE = {"\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "\u202e", "\ufeff", "\u0301",
            "\ud800", "\u2028", "\uff10"};

    /** One to four mutations of {@code text}; {@code applied} collects what was done. */
    public String mutate(String text, Choices choices, List<String> applied) {
        String result = text;
        for (int count = 1 + choices.below(4); count > 0; count--) {
            Mutation mutation = choices.oneOf(Mutation.values());
            String mutated = apply(mutation, result, choices);
            // size is the linear-time benchmark's subject; a fuzz input stays small enough to run fast
            if (mutated.length() <= MAX_LENGTH) {
                applied.add(mutation.name());
                result = mutated;
            }
        }
        return result;
    }

    private static String apply(Mutation mutation, String text, Choices choices) {
        return switch (mutation) {
            case FLIP_BYTE -> flipBytes(text, choices);
            case DELETE_TOKEN -> editToken(text, choices, false);
            case DUPLICATE_TOKEN -> editToken(text, choices, true);
            case HUGE_NUMBER -> replaceOne(text, NUMBER, choices, choices.oneOf(HUGE));
            case DEEP_NESTING -> insert(text, choices, nesting(choices));
            case LONG_NAME -> replaceName(text, choices);
            case UNICODE -> insert(text, choices, choices.oneOf(UNICODE));
            case NUL_BYTE -> insert(text, choices, "\u0000");
            case CRLF -> choices.oneIn(2) ? text.replace("\n", "\r\n") : text.replace("\n", "\r");
            case TRUNCATE -> text.substring(0, choices.below(text.length() + 1));
            case MOVE_LINE -> moveLine(text, choices);
        };
    }

    private static String flipBytes(String text, Choices choices) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return text;
        }
        for (int flips = 1 + choices.below(8); flips > 0; flips--) {
            bytes[choices.below(bytes.length)] ^= (byte) (1 << choices.below(8));
        }
        // invalid UTF-8 sequences become U+FFFD, as an editor shows them
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String editToken(String text, Choices choices, boolean duplicate) {
        List<int[]> tokens = matches(text, TOKEN);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] token = choices.oneOf(tokens);
        String copy = text.substring(token[0], token[1]);
        return text.substring(0, token[0]) + (duplicate ? copy + (choices.oneIn(2) ? " " : "") + copy : "")
                + text.substring(token[1]);
    }

    private static String replaceOne(String text, Pattern pattern, Choices choices, String replacement) {
        List<int[]> found = matches(text, pattern);
        if (found.isEmpty()) {
            return text;
        }
        int[] match = choices.oneOf(found);
        return text.substring(0, match[0]) + replacement + text.substring(match[1]);
    }

    private static String replaceName(String text, Choices choices) {
        Matcher names = NAME.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (names.find()) {
            found.add(new int[] {names.start(1), names.end(1)});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] name = choices.oneOf(found);
        String longName = "n" + "x".repeat(1_000 << choices.below(7));
        // every mention of the name changes with it, so references still resolve
        return Pattern.compile("(?<![\\w.-])" + Pattern.quote(text.substring(name[0], name[1])) + "(?![\\w.-])")
                .matcher(text).replaceAll(longName);
    }

    private static String nesting(Choices choices) {
        int depth = 10 << choices.below(10);
        String open = choices.oneOf(new String[] {"{", "cluster a {", "(", "/*"});
        return open.repeat(depth) + (choices.oneIn(2) ? "}".repeat(depth) : "");
    }

    private static String insert(String text, Choices choices, String inserted) {
        int at = choices.below(text.length() + 1);
        return text.substring(0, at) + inserted + text.substring(at);
    }

    private static String moveLine(String text, Choices choices) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String line = lines.remove(choices.below(lines.size()));
        lines.add(choices.below(lines.size() + 1), line);
        return String.join("\n", lines);
    }

    private static List<int[]> matches(String text, Pattern pattern) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }
}
