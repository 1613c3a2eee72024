package io.floorwatch.tuning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What-if reports through the time-box store's JSON and onto the command line. */
class WhatIfReportsTest {
    private static final QueueProjection BILLING = new QueueProjection("q-bill", "Billing", "Billing", 42, 310.0, 20,
            6, 8, 0.61, 0.84, 38.2, 9.4, 0.79, 12.0, "measured over the last 30 minutes");
    private static final QueueProjection CLAIMS = new QueueProjection("q-claims", "Claims", "Claims", 200, 180.0, 20,
            9, 14, 0.0, 0.88835, null, 7.8, null, null, "");
    private static final WhatIfReport REPORT = new WhatIfReport(WhatIfModel.MODEL, WhatIfModel.ASSUMPTIONS,
            Instant.parse("2026-12-07T10:00:00Z"), List.of(BILLING, CLAIMS));

    @Test
    void aReportComesBackFromItsJsonAsItWent() {
        String json = WhatIfReports.toJson(REPORT);

        assertThat(json).startsWith("{\"formatVersion\":1,\"model\":\"Erlang C\"")
                .contains("\"at\":\"2026-12-07T10:00:00Z\"");
        assertThat(WhatIfReports.fromJson(json)).isEqualTo(REPORT);
    }

    @Test
    void aNewerFormatOrSomethingElseIsRefusedByName() {
        String newer = WhatIfReports.toJson(REPORT).replace("\"formatVersion\":1", "\"formatVersion\":2");

        assertThatThrownBy(() -> WhatIfReports.fromJson(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> WhatIfReports.fromJson("{\"agents\":[]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a what-if report");
    }

    @Test
    void linesNameTheModelThenEachQueueBeforeAndAfter() {
        assertThat(WhatIfReports.lines(REPORT)).containsExactly(
                "Model: Erlang C. " + WhatIfModel.ASSUMPTIONS,
                "Billing (skill Billing): 42/h, AHT 5:10, target 20 s; agents 6 → 8; SL 61 % → 84 %; ASA 38 s → 9 s;"
                        + " measured SL 79 %, ASA 12 s (measured over the last 30 minutes)",
                "Claims (skill Claims): 200/h, AHT 3:00, target 20 s; agents 9 → 14; SL 0 % → 89 %;"
                        + " ASA unbounded (overloaded) → 8 s; measured nothing answered");
    }

    @Test
    void aPlanThatTouchesNoQueueSaysSo() {
        WhatIfReport none = new WhatIfReport(WhatIfModel.MODEL, WhatIfModel.ASSUMPTIONS, REPORT.at(), List.of());

        assertThat(WhatIfReports.lines(none)).hasSize(2).last().asString().contains("changes no skill");
    }
}
