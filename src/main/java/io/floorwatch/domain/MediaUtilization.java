package io.floorwatch.domain;

import java.util.List;

/**
 * How many interactions of one media type an agent takes at once, and which media types may interrupt them.
 *
 * @param maximumCapacity         interactions of this media at once (0 means the agent takes none)
 * @param interruptableMediaTypes media types that an interaction of this one may interrupt, sorted
 * @param includeNonAcd           whether interactions that did not come through a queue count against it
 */
public record MediaUtilization(int maximumCapacity, List<String> interruptableMediaTypes, boolean includeNonAcd) {
    public MediaUtilization {
        if (maximumCapacity < 0) {
            throw new IllegalArgumentException("a capacity of 0 or more, not " + maximumCapacity);
        }
        interruptableMediaTypes = interruptableMediaTypes == null ? List.of()
                : interruptableMediaTypes.stream().sorted().toList();
    }
}
