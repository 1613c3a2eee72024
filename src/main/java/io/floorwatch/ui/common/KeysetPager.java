package io.floorwatch.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Pages of a history table read newest first by keyset (each page starts after the last row of the one before,
 * so a page is an index seek however deep it is): the rows shown, Newer and Older, and the page number. The
 * cursors of the pages already passed are kept, so Newer goes back without counting rows. Reads run as one
 * {@link BackgroundTask}; Search, Older and Newer are disabled while one runs.
 *
 * @param <C> the cursor a page starts after (a sequence number, or a time and an id)
 * @param <T> a row
 */
public final class KeysetPager<C, T> {
    /** One page as read, and where the next (older) one starts; empty when this is the oldest. */
    public record Page<C, T>(List<T> rows, Optional<C> next) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** Makes the read of the page after {@code cursor} (null: the newest); called on the FX thread. */
    @FunctionalInterface
    public interface Source<C, T> {
        Callable<Page<C, T>> after(C cursor);
    }

    /** What a loaded page tells the screen, to word its message. */
    public record Loaded(int rows, int pageNumber) {
        public boolean first() {
            return pageNumber == 1;
        }
    }

    private final Source<C, T> source;
    private final Consumer<Loaded> onLoaded;
    private final Consumer<Throwable> onFailure;
    private final BackgroundTask<Page<C, T>> reading;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder");
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(this, "hasNewer");
    /** Where each page after the first started, oldest page last; the page shown is the last one. */
    private final List<C> pageStarts = new ArrayList<>();
    private C next;

    private final Command search;
    private final Command older;
    private final Command newer;

    public KeysetPager(TaskExecutor tasks, Source<C, T> source, Consumer<Loaded> onLoaded,
            Consumer<Throwable> onFailure) {
        this.source = source;
        this.onLoaded = onLoaded;
        this.onFailure = onFailure;
        this.reading = new BackgroundTask<>(tasks);
        this.search = reading.command(this::first);
        this.older = reading.command(this::older, hasOlder);
        this.newer = reading.command(this::newer, hasNewer);
    }

    /** Reads the newest page again (the filters may have changed): the search. */
    public void first() {
        load(List.of());
    }

    private void older() {
        if (next != null) {
            List<C> starts = new ArrayList<>(pageStarts);
            starts.add(next);
            load(starts);
        }
    }

    private void newer() {
        if (!pageStarts.isEmpty()) {
            load(pageStarts.subList(0, pageStarts.size() - 1));
        }
    }

    /** Loads the page that starts at the last of {@code starts}; the pages passed change only once it is read. */
    private void load(List<C> starts) {
        List<C> kept = List.copyOf(starts);
        C from = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        Callable<Page<C, T>> read = source.after(from);
        reading.start(context -> read.call(), page -> {
            pageStarts.clear();
            pageStarts.addAll(kept);
            rows.setAll(page.rows());
            next = page.next().orElse(null);
            hasOlder.set(next != null);
            hasNewer.set(!pageStarts.isEmpty());
            onLoaded.accept(new Loaded(page.rows().size(), pageStarts.size() + 1));
        }, onFailure);
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.runningProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    public Command searchCommand() {
        return search;
    }

    public Command olderCommand() {
        return older;
    }

    public Command newerCommand() {
        return newer;
    }
}
