package io.floorwatch.ui.history;

import io.floorwatch.history.AuditHistory;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit screen's state: pages of the audit log, newest first, filtered by actor, action or target; whether
 * the hash chain verifies; and the export. All reads run on the task executor.
 */
public final class AuditViewModel {
    private static final int PAGE = 200;

    private final AuditHistory audit;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<Entry> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper(this, "chain", "");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(this, "chainBroken");
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder");
    private final List<Long> pageStarts = new ArrayList<>();
    private final Command search;
    private final Command older;
    private final Command verify;
    private final Command export;

    /** One audit entry as the table shows it. */
    public record Entry(long seq, java.time.Instant at, String actor, String action, String target, String outcome,
            long latencyMillis, String sent) {
        static Entry of(AuditHistory.Row row) {
            var e = row.entry();
            return new Entry(row.seq(), e.at(), e.actor(), e.action(), e.target(), e.outcome(), e.latencyMillis(),
                    e.after());
        }
    }

    public AuditViewModel(AuditHistory audit, TaskExecutor tasks, DialogService dialogs) {
        this.audit = audit;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.search = new Command(() -> {
            pageStarts.clear();
            load(0);
        });
        this.older = new Command(() -> {
            if (!rows.isEmpty()) {
                long before = rows.get(rows.size() - 1).seq();
                pageStarts.add(before);
                load(before);
            }
        }, hasOlder);
        this.verify = new Command(this::runVerify);
        this.export = new Command(this::runExport);
    }

    private void load(long before) {
        String text = filter.get();
        search.setRunning(true);
        tasks.run(() -> audit.page(text, before, PAGE + 1), page -> {
            search.setRunning(false);
            hasOlder.set(page.size() > PAGE);
            rows.setAll((page.size() > PAGE ? page.subList(0, PAGE) : page).stream().map(Entry::of).toList());
            message.set(page.isEmpty() ? "No writes recorded" + (text.isBlank() ? "." : " match '" + text + "'.")
                    : rows.size() + " entries, newest first" + (pageStarts.isEmpty() ? "" : ", page "
                            + (pageStarts.size() + 1)) + ".");
        }, failure -> {
            search.setRunning(false);
            message.set("The audit log could not be read: " + failure.getMessage());
        });
    }

    private void runVerify() {
        verify.setRunning(true);
        chain.set("Checking every entry's hash...");
        tasks.run(audit::verify, result -> {
            verify.setRunning(false);
            chainBroken.set(!result.intact());
            chain.set(result.intact() ? "The chain verifies: all " + result.rows() + " entries are as written."
                    : "The chain does NOT verify: " + result.problem() + ".");
        }, failure -> {
            verify.setRunning(false);
            chain.set("The chain could not be checked: " + failure.getMessage());
        });
    }

    private void runExport() {
        Optional<File> target = dialogs.chooseSaveFile("Export the audit log", "audit.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        export.setRunning(true);
        tasks.run(() -> audit.exportCsv(target.get()), count -> {
            export.setRunning(false);
            message.set("Exported " + count + " entries to " + target.get() + ".");
        }, failure -> {
            export.setRunning(false);
            message.set("Export failed: " + failure.getMessage());
        });
    }

    public ObservableList<Entry> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
    }

    public Command searchCommand() {
        return search;
    }

    public Command olderCommand() {
        return older;
    }

    public Command verifyCommand() {
        return verify;
    }

    public Command exportCommand() {
        return export;
    }
}
