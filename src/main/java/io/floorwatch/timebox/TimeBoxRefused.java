package io.floorwatch.timebox;

import java.util.List;

/** A time-box that cannot be scheduled, cancelled or ended, with every reason, each naming what is wrong. */
public final class TimeBoxRefused extends RuntimeException {
    private final List<String> reasons;

    public TimeBoxRefused(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public TimeBoxRefused(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
