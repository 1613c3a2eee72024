package io.floorwatch.ui.alerts;

import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.history.AlertHistory;
import io.floorwatch.history.AlertPage;
import io.floorwatch.history.AlertQuery;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.KeysetPager;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The alert center's second half: alerts in history (also those long resolved), searched by agent, status and
 * alert, a hundred a page newest first; a note added to a past alert (stored as a new version); and the CSV
 * export of everything the search matches.
 */
public final class PastAlertsViewModel {
    private static final int PAGE = 100;

    private final AlertMonitor monitor;
    private final AlertHistory history;
    private final DialogService dialogs;
    private final StringProperty agent = new SimpleStringProperty(this, "agent", "");
    private final ObjectProperty<AlertStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<AlertCondition> condition = new SimpleObjectProperty<>(this, "condition");
    private final ObjectProperty<Alert> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final KeysetPager<AlertPage.Cursor, Alert> pager;
    private final BackgroundTask<Alert> noting;
    private final BackgroundTask<Long> exporting;
    private final Command saveNote;
    private final Command export;

    PastAlertsViewModel(AlertMonitor monitor, AlertHistory history, TaskExecutor tasks, DialogService dialogs) {
        this.monitor = monitor;
        this.history = history;
        this.dialogs = dialogs;
        this.pager = new KeysetPager<>(tasks, this::read, this::loaded,
                failure -> message.set("Alerts could not be read: " + failure.getMessage()));
        this.noting = new BackgroundTask<>(tasks);
        this.exporting = new BackgroundTask<>(tasks);
        this.saveNote = noting.command(this::noteSelected, Bindings.isNotNull(selected));
        this.export = exporting.command(this::exportMatches);
        selected.addListener((o, was, alert) -> note.set(alert == null ? "" : alert.note()));
    }

    private AlertQuery query() {
        return new AlertQuery(agent.get(), status.get(), condition.get(), null, null);
    }

    private Callable<KeysetPager.Page<AlertPage.Cursor, Alert>> read(AlertPage.Cursor after) {
        AlertQuery query = query();
        message.set("Reading alerts...");
        return () -> {
            AlertPage page = history.page(query, after, PAGE);
            return new KeysetPager.Page<>(page.alerts(), page.next());
        };
    }

    private void loaded(KeysetPager.Loaded page) {
        message.set(page.rows() == 0 ? "No alerts match." : page.rows() + (page.rows() == 1 ? " alert" : " alerts")
                + (page.first() ? ", newest first" : ", page " + page.pageNumber()) + ".");
    }

    private void noteSelected() {
        Alert alert = selected.get();
        String text = AlertsViewModel.trim(note.get());
        noting.start(context -> monitor.note(alert, text), noted -> {
            message.set("Note saved for " + noted.agentName() + ".");
            pager.rows().replaceAll(a -> a.id().equals(noted.id()) ? noted : a);
        }, failure -> message.set("The note was not saved: " + failure.getMessage()));
    }

    private void exportMatches() {
        Optional<File> target = dialogs.chooseSaveFile("Export alerts", "alerts.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        AlertQuery query = query();
        message.set("Exporting to " + target.get().getName() + "...");
        exporting.start(context -> history.exportCsv(query, target.get()), rows -> message.set("Exported " + rows
                + (rows == 1 ? " alert" : " alerts") + " to " + target.get() + "."),
                failure -> message.set("Export failed: " + failure.getMessage()));
    }

    public ObservableList<Alert> alerts() {
        return pager.rows();
    }

    public StringProperty agentProperty() {
        return agent;
    }

    public ObjectProperty<AlertStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<AlertCondition> conditionProperty() {
        return condition;
    }

    public ObjectProperty<Alert> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command searchCommand() {
        return pager.searchCommand();
    }

    public Command olderCommand() {
        return pager.olderCommand();
    }

    public Command newerCommand() {
        return pager.newerCommand();
    }

    public Command exportCommand() {
        return export;
    }

    public Command saveNoteCommand() {
        return saveNote;
    }
}
