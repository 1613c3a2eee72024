package io.floorwatch.history;

/** The stored code of a queue sample's source. */
final class SampleSources {
    private static final String[] NAMES = {"kafka", "genesys"};

    private SampleSources() {
    }

    static int code(String source) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(source)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown queue sample source '" + source + "'");
    }

    static String name(int code) {
        return NAMES[code];
    }
}
