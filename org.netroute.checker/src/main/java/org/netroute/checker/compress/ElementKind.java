package org.netroute.checker.compress;

/** The kinds of named elements compression keeps or replaces by a representative. */
public enum ElementKind {
    NODE("node"), ROUTER("router"), SEGMENT("segment"), POD("pod");

    private final String noun;

    ElementKind(String noun) {
        this.noun = noun;
    }

    /** "1 node", "2 nodes", with thousands separators. */
    public String count(long number) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", number, noun, number == 1 ? "" : "s");
    }
}
