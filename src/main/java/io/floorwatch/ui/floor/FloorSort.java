package io.floorwatch.ui.floor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A sort of the floor by one or more columns, compared on the rows' own fields: the table's generic comparator
 * reads every cell through its value factory, which at 20,000 rows and a re-sort every tick is the FX thread's
 * biggest cost.
 */
public record FloorSort(List<Key> keys) {
    /** A column to sort by. */
    public enum Column {
        NAME(Comparator.comparing(FloorRow::name, String.CASE_INSENSITIVE_ORDER)),
        TEAM(Comparator.comparing(FloorRow::team, String.CASE_INSENSITIVE_ORDER)),
        QUEUES(Comparator.comparing(FloorRow::queuesText, String.CASE_INSENSITIVE_ORDER)),
        STATE(Comparator.comparing(FloorRow::activity)),
        PRESENCE(Comparator.comparing(FloorRow::presence)),
        /**
         * By when the state began: ascending (the table's first click) puts the longest in state first, which is
         * what a supervisor sorts this column for.
         */
        TIME_IN_STATE(Comparator.comparing(FloorRow::since, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
        /** Longest handled first; agents handling nothing last. */
        NOW(Comparator.comparing((FloorRow r) -> r.work().nowSince(), EARLIEST_FIRST)),
        /** Longest on hold or in after-call work first, then the connected ones, then those handling nothing. */
        PHASE(Comparator.comparing((FloorRow r) -> r.work().phaseSince(), EARLIEST_FIRST)
                .thenComparing(r -> r.work().phase().isEmpty()));

        private final Comparator<FloorRow> order;

        Column(Comparator<FloorRow> order) {
            this.order = order;
        }
    }

    /** Instants, the earliest (the longest ago) first and none last. */
    private static final Comparator<Instant> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    /** One column and its direction. */
    public record Key(Column column, boolean ascending) {
    }

    /** The comparator, with the agent's name and id as the last tie-breakers so the order is stable. */
    public Comparator<FloorRow> comparator() {
        Comparator<FloorRow> result = null;
        for (Key key : keys) {
            Comparator<FloorRow> next = key.ascending() ? key.column().order : key.column().order.reversed();
            result = result == null ? next : result.thenComparing(next);
        }
        Comparator<FloorRow> ties = Column.NAME.order.thenComparing(FloorRow::agentId);
        return result == null ? null : result.thenComparing(ties);
    }
}
