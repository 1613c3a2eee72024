package io.floorwatch.ui.tuning;

import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.timebox.TimeBoxWorker;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.timebox.TuningWorker;
import io.floorwatch.tuning.TuningService;
import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.ui.common.DialogService;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Time-box sources for the tuning screen's tests, on a test's own history and tuning service. */
public final class TestTimeBoxSources {
    /** The org a test's worker names: the boxes it makes belong to it. */
    public static final String ORG = "test-org";

    private TestTimeBoxSources() {
    }

    /** A connection on {@code service}: boxes are scheduled and listed, but no runner carries them out. */
    public static TimeBoxSources on(HistoryStore history, TuningService service, DialogService dialogs, Clock clock) {
        TimeBoxWorker worker = new TuningWorker(ORG, "sup.one", service, (projection, from, to) -> projection);
        return new TimeBoxSources(new TimeBoxes(history.timeBoxes(), history.writer(), clock, (notice, about) -> { }),
                () -> Optional.of(worker), () -> Optional.of("sup.one"), () -> { },
                plan -> new WhatIfReport("Erlang C", "As a test assumes.", clock.instant(), List.of()), dialogs, clock,
                ZoneId.systemDefault());
    }

    /** For the tests of staging and the standing apply, which make no time-box. */
    public static TimeBoxSources on(HistoryStore history, TuningService service) {
        return on(history, service, new RecordingDialogs(), Clock.systemUTC());
    }
}
