package io.floorwatch.ui.drift;

import io.floorwatch.drift.DriftRow.Change;
import io.floorwatch.drift.DriftRow.EntityType;
import io.floorwatch.drift.DriftRow.Severity;
import io.floorwatch.drift.DriftRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drift table as a function of rows and filter: grouping, headings, counts, the filters and the search. */
class DriftTableTest {
    private static final DriftRow SALES_SLA = new DriftRow(EntityType.QUEUE, "Sales", "",
            "media.call.serviceLevelPercentage", "0.8", "0.7", Change.CHANGED, Severity.HIGH);
    private static final DriftRow SALES_NOTE = new DriftRow(EntityType.QUEUE, "Sales", "", "description", "old",
            "edited in admin", Change.CHANGED, Severity.LOW);
    private static final DriftRow ADA_BILLING = new DriftRow(EntityType.AGENT_SKILL, "Ada Lovelace", "Billing",
            "*", "", "3.0", Change.ADDED, Severity.MEDIUM);
    private static final List<DriftRow> ROWS = List.of(ADA_BILLING, SALES_SLA, SALES_NOTE);

    private static List<String> shown(DriftTable.Grouped grouped) {
        return grouped.items().stream().map(i -> i.isHeading() ? i.group() : i.entity() + " " + i.field()).toList();
    }

    @Test
    void rowsAreGroupedUnderAHeadingPerTypeInTheTypesOrderWithCounts() {
        DriftTable.Grouped grouped = DriftTable.group(ROWS, DriftTable.Filter.NONE);
        assertThat(shown(grouped)).containsExactly("Queues (2)", "Sales media.call.serviceLevelPercentage",
                "Sales description", "Agent skills (1)", "Ada Lovelace / Billing (whole entity)");
        assertThat(grouped.counts()).isEqualTo("Queues 2 · Skills 0 · Agent skills 1 · Utilisation 0");
        assertThat(grouped.items().get(1).key()).isEqualTo(SALES_SLA.key());
        assertThat(grouped.items().get(4).change()).isEqualTo("added");
    }

    @Test
    void eachFilterAndTheSearchNarrowTheRowsAndTheCountsSayHowManyOfHowMany() {
        DriftTable.Grouped high = DriftTable.group(ROWS, new DriftTable.Filter(DriftTable.ANY, DriftTable.ANY,
                "High", ""));
        assertThat(shown(high)).containsExactly("Queues (1)", "Sales media.call.serviceLevelPercentage");
        assertThat(high.counts()).isEqualTo("Queues 1 of 2 · Skills 0 · Agent skills 0 of 1 · Utilisation 0");

        assertThat(shown(DriftTable.group(ROWS, new DriftTable.Filter("Agent skills", DriftTable.ANY,
                DriftTable.ANY, "")))).containsExactly("Agent skills (1)", "Ada Lovelace / Billing (whole entity)");
        assertThat(shown(DriftTable.group(ROWS, new DriftTable.Filter(DriftTable.ANY, "Added", DriftTable.ANY,
                "")))).containsExactly("Agent skills (1)", "Ada Lovelace / Billing (whole entity)");
        assertThat(shown(DriftTable.group(ROWS, new DriftTable.Filter(DriftTable.ANY, DriftTable.ANY,
                DriftTable.ANY, "  EDITED in ")))).as("the search ignores case and surrounding spaces")
                .containsExactly("Queues (1)", "Sales description");
        assertThat(DriftTable.group(ROWS, new DriftTable.Filter("Skills", DriftTable.ANY, DriftTable.ANY, ""))
                .items()).isEmpty();
    }

    @Test
    void noRowsGiveNoItemsAndNoCountsLine() {
        DriftTable.Grouped none = DriftTable.group(List.of(), DriftTable.Filter.NONE);
        assertThat(none.items()).isEmpty();
        assertThat(none.counts()).isEmpty();
        assertThat(DriftTable.remaining(1)).isEqualTo("1 difference remains.");
        assertThat(DriftTable.remaining(0)).isEqualTo("0 differences remain.");
    }
}
