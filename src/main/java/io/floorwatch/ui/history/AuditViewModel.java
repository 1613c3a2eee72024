package io.floorwatch.ui.history;

import io.floorwatch.domain.AuditEntry;
import io.floorwatch.history.AuditHistory;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.KeysetPager;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The audit screen's state: pages of the audit log, newest first, filtered by actor, action or target; whether
 * the hash chain verifies; and the export. All reads run on the task executor, each as a task whose command is
 * disabled while it runs.
 */
public final class AuditViewModel {
    private static final int PAGE = 200;

    private final AuditHistory audit;
    private final DialogService dialogs;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper chain = new ReadOnlyStringWrapper(this, "chain", "");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(this, "chainBroken");
    private final KeysetPager<Long, Entry> pager;
    private final BackgroundTask<AuditHistory.Verification> verifying;
    private final BackgroundTask<Long> exporting;
    private final Command verify;
    private final Command export;

    /**
     * One audit entry as the screen shows it: a sentence and the outcome in words for the table, the raw action,
     * target, state before and request for the detail.
     */
    public record Entry(long seq, Instant at, String actor, String action, String target, String outcome,
            long latencyMillis, String before, String sent, String sentence, String result) {
        static Entry of(AuditHistory.Row row) {
            AuditEntry e = row.entry();
            return new Entry(row.seq(), e.at(), e.actor(), e.action(), e.target(), e.outcome(), e.latencyMillis(),
                    e.before(), e.after(), AuditSentences.of(e), AuditSentences.outcome(e));
        }
    }

    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");

    /** The entry whose detail shows; the view's table selection. */
    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public AuditViewModel(AuditHistory audit, TaskExecutor tasks, DialogService dialogs) {
        this.audit = audit;
        this.dialogs = dialogs;
        this.pager = new KeysetPager<>(tasks, this::read, this::loaded,
                failure -> message.set("The audit log could not be read: " + failure.getMessage()));
        this.verifying = new BackgroundTask<>(tasks);
        this.exporting = new BackgroundTask<>(tasks);
        this.verify = verifying.command(this::runVerify);
        this.export = exporting.command(this::runExport);
    }

    /** A page of entries older than {@code beforeSeq} (null: the newest), one more read to know if there are more. */
    private Callable<KeysetPager.Page<Long, Entry>> read(Long beforeSeq) {
        String text = filter.get();
        return () -> {
            List<AuditHistory.Row> page = audit.page(text, beforeSeq == null ? 0 : beforeSeq, PAGE + 1);
            List<Entry> shown = (page.size() > PAGE ? page.subList(0, PAGE) : page).stream().map(Entry::of)
                    .toList();
            Optional<Long> next = page.size() > PAGE ? Optional.of(shown.get(shown.size() - 1).seq())
                    : Optional.empty();
            return new KeysetPager.Page<>(shown, next);
        };
    }

    private void loaded(KeysetPager.Loaded page) {
        String text = filter.get();
        message.set(page.rows() == 0 ? "No writes recorded" + (text.isBlank() ? "." : " match '" + text + "'.")
                : entries(page.rows()) + ", newest first" + (page.first() ? "" : ", page " + page.pageNumber())
                        + ".");
    }

    /** "1 entry", "3 entries". */
    private static String entries(long count) {
        return count + (count == 1 ? " entry" : " entries");
    }

    private void runVerify() {
        chain.set("Checking every entry's hash...");
        verifying.start(context -> audit.verify(), result -> {
            chainBroken.set(!result.intact());
            chain.set(result.intact() ? "The chain verifies: all " + result.rows() + " entries are as written."
                    : "The chain does NOT verify: " + result.problem() + ".");
        }, failure -> chain.set("The chain could not be checked: " + failure.getMessage()));
    }

    private void runExport() {
        Optional<File> target = dialogs.chooseSaveFile("Export the audit log", "audit.csv", "csv");
        if (target.isEmpty()) {
            return;
        }
        exporting.start(context -> audit.exportCsv(target.get()),
                count -> message.set("Exported " + entries(count) + " to " + target.get() + "."),
                failure -> message.set("Export failed: " + failure.getMessage()));
    }

    public ObservableList<Entry> rows() {
        return pager.rows();
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

    public ReadOnlyBooleanProperty chainBrokenProperty() {
        return chainBroken.getReadOnlyProperty();
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

    public Command verifyCommand() {
        return verify;
    }

    public Command exportCommand() {
        return export;
    }
}
