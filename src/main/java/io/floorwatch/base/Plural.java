package io.floorwatch.base;

/** A count with its noun, as people write it: "1 member", "3 members", "0 members". */
public final class Plural {
    private Plural() {
    }

    /** For nouns that take an s; {@code noun} is the singular. */
    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
