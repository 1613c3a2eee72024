package io.floorwatch.ui.tuning;

import io.floorwatch.tuning.WhatIfReport;
import io.floorwatch.tuning.WhatIfReports;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A what-if report as a screen shows it: the model and its assumptions in words (the issue wants them on screen,
 * beside the figures) and one row of cells a queue. Used for the staged plan and for a time-box's projection and
 * report. FX thread only.
 */
public final class WhatIfShown {
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper(this, "model", "");
    private final ObservableList<WhatIfRow> rows = FXCollections.observableArrayList();

    void show(WhatIfReport report, String measuredOver) {
        model.set("Model: " + report.model() + ". " + report.assumptions() + " " + measuredOver
                + (report.queues().isEmpty() ? " " + WhatIfReports.NOTHING_TOUCHED : ""));
        rows.setAll(report.queues().stream().map(WhatIfReports::cells).map(c -> new WhatIfRow(c.queue(), c.skill(),
                c.callsPerHour(), c.aht(), c.target(), c.agents(), c.serviceLevel(), c.asa(), c.measured(), c.note()))
                .toList());
    }

    void clear(String why) {
        model.set(why);
        rows.clear();
    }

    public ReadOnlyStringProperty modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ObservableList<WhatIfRow> rows() {
        return rows;
    }
}
