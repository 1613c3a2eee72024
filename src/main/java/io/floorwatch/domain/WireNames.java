package io.floorwatch.domain;

import java.util.Optional;
import java.util.function.Function;

/** Finds an enum constant by the name Genesys sends for it, or by its own name, in any case. */
final class WireNames {
    private WireNames() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> wireName, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        for (E value : values) {
            if (wireName.apply(value).equalsIgnoreCase(wanted) || value.name().equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
