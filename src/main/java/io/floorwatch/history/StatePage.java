package io.floorwatch.history;

import java.util.List;
import java.util.Optional;

/** One page of state events, newest first, and the cursor of the next page when there is one. */
public record StatePage(List<StateRow> rows, Optional<StateCursor> next) {
}
