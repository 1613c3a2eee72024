package io.floorwatch.ui.views;

import io.floorwatch.config.FloorLayout;
import io.floorwatch.config.QueuesLayout;
import io.floorwatch.config.SavedView;
import io.floorwatch.config.SavedViews;
import io.floorwatch.config.ViewsFile;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.ui.common.ViewPart;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The saved views: saving what the floor and the queues show under a name, switching to one, renaming and deleting
 * them, and sharing them as a views file ({@link ViewsFile}). Every change is kept in the settings at once; the
 * current view is the one last saved or switched to, and is shown again at start ({@link #restoreLast}). A file
 * that does not fit is refused with the reason, and leaves the saved views as they were.
 */
public final class ViewsViewModel {
    /** Where the views are kept: the settings file, written off the FX thread; a failure is told back on it. */
    @FunctionalInterface
    public interface Store {
        void save(SavedViews views, Consumer<String> failed);
    }

    /** A name the menu can show in full. */
    static final int MAX_NAME = 60;
    /** The views the keyboard reaches (Alt+1 to Alt+9). */
    public static final int KEYED = 9;

    private final ViewPart<FloorLayout> floor;
    private final ViewPart<QueuesLayout> queues;
    private final Store store;
    private final DialogService dialogs;
    private final BackgroundTask<Integer> exporting;
    private final BackgroundTask<ViewsFile.Read> importing;
    private SavedViews views;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final Command saveAs;
    private final Command rename;
    private final Command delete;
    private final Command exportCurrent;
    private final Command exportAll;
    private final Command importViews;

    public ViewsViewModel(SavedViews saved, ViewPart<FloorLayout> floor, ViewPart<QueuesLayout> queues, Store store,
            TaskExecutor tasks, DialogService dialogs) {
        this.views = saved;
        this.floor = floor;
        this.queues = queues;
        this.store = store;
        this.dialogs = dialogs;
        this.exporting = new BackgroundTask<>(tasks);
        this.importing = new BackgroundTask<>(tasks);
        names.setAll(saved.names());
        var hasCurrent = current.isNotEmpty();
        this.saveAs = new Command(this::saveAs);
        this.rename = new Command(this::renameCurrent, hasCurrent);
        this.delete = new Command(this::deleteCurrent, hasCurrent);
        this.exportCurrent = exporting.command(this::exportCurrent, hasCurrent);
        this.exportAll = exporting.command(this::exportAll, Bindings.isNotEmpty(names));
        this.importViews = importing.command(this::importViews);
    }

    /** Shows the view last used, as the window opens; nothing when there is none. */
    public void restoreLast() {
        views.find(views.last()).ifPresent(view -> show(view, "Showing the view \"" + view.name()
                + "\", as when Floorwatch was last used."));
    }

    // ---- saving -------------------------------------------------------------------------------------------

    /** Asks for a name, offering the current view's, and saves what the screens show under it. */
    public void saveAs() {
        dialogs.askText("Save view as", "Name of the view (the floor's and the queues' filters, columns and sort):",
                current.get()).ifPresent(this::saveAs);
    }

    /**
     * Saves what the floor and the queues show under the name. An empty name is refused; the name of a view
     * already saved replaces it only once the supervisor confirms.
     *
     * @return whether it was saved
     */
    public boolean saveAs(String typed) {
        Optional<String> name = validName(typed, "nothing was saved");
        if (name.isEmpty()) {
            return false;
        }
        Optional<SavedView> existing = views.find(name.get());
        if (existing.isPresent() && !dialogs.confirm("Replace the view \"" + existing.get().name() + "\"?",
                "A view named \"" + existing.get().name() + "\" is saved already. Replace it with what the floor "
                        + "and the queues show now?", "Replace", "Cancel")) {
            info("Not saved: the view \"" + existing.get().name() + "\" is as it was.");
            return false;
        }
        SavedView view = new SavedView(name.get(), floor.capture(), queues.capture());
        SavedViews next = views.with(view).withLast(view.name());
        current.set(view.name());
        info((existing.isPresent() ? "Replaced" : "Saved") + " the view \"" + view.name() + "\""
                + keys(next, view.name()) + ".");
        change(next);
        return true;
    }

    // ---- switching ----------------------------------------------------------------------------------------

    /** Shows the saved view of that name. */
    public void switchTo(String name) {
        Optional<SavedView> view = views.find(name);
        if (view.isEmpty()) {
            error("There is no view \"" + name + "\".");
            return;
        }
        show(view.get(), "Showing the view \"" + view.get().name() + "\".");
        if (!view.get().hasName(views.last())) {
            change(views.withLast(view.get().name()));
        }
    }

    /** Shows the view at this place in the menu, 1 for the first (Alt+1). */
    public void switchTo(int number) {
        if (number < 1 || number > names.size()) {
            info(names.isEmpty() ? "No view is saved yet: Ctrl+Shift+S saves what the screens show as one."
                    : "There is no view " + number + ": " + names.size() + (names.size() == 1 ? " view is" : " views are")
                            + " saved.");
            return;
        }
        switchTo(names.get(number - 1));
    }

    private void show(SavedView view, String done) {
        List<String> notes = new ArrayList<>(floor.apply(view.floor()));
        notes.addAll(queues.apply(view.queues()));
        current.set(view.name());
        info(withNotes(done, notes));
    }

    // ---- renaming and deleting ----------------------------------------------------------------------------

    /** Asks for the current view's new name. */
    public void renameCurrent() {
        String name = current.get();
        if (!name.isEmpty()) {
            dialogs.askText("Rename view", "New name of the view \"" + name + "\":", name)
                    .ifPresent(newName -> rename(name, newName));
        }
    }

    /** Renames a view in its place; refused for an empty name or another view's. */
    public boolean rename(String name, String typed) {
        Optional<String> newName = validName(typed, "the view keeps its name");
        if (newName.isEmpty() || views.find(name).isEmpty()) {
            return false;
        }
        Optional<SavedView> other = views.find(newName.get());
        if (other.isPresent() && !other.get().hasName(name)) {
            error("A view named \"" + other.get().name() + "\" is saved already: choose another name.");
            return false;
        }
        if (current.get().equalsIgnoreCase(name)) {
            current.set(newName.get());
        }
        info("Renamed the view \"" + name + "\" to \"" + newName.get() + "\".");
        change(views.renamed(name, newName.get()));
        return true;
    }

    /** Asks, then deletes the current view (what the screens show stays). */
    public void deleteCurrent() {
        String name = current.get();
        if (!name.isEmpty() && dialogs.confirm("Delete the view \"" + name + "\"?", "Delete the saved view \""
                + name + "\"? What the floor and the queues show now stays as it is.", "Delete", "Cancel")) {
            delete(name);
        }
    }

    public void delete(String name) {
        if (views.find(name).isEmpty()) {
            return;
        }
        if (current.get().equalsIgnoreCase(name)) {
            current.set("");
        }
        info("Deleted the view \"" + name + "\".");
        change(views.without(name));
    }

    // ---- sharing ------------------------------------------------------------------------------------------

    /** Asks where, then writes the current view to a views file. */
    public void exportCurrent() {
        views.find(current.get()).ifPresent(view -> export(List.of(view), fileName(view.name())));
    }

    /** Asks where, then writes every saved view to a views file. */
    public void exportAll() {
        if (!views.views().isEmpty()) {
            export(views.views(), "floorwatch-views.json");
        }
    }

    private void export(List<SavedView> chosen, String suggested) {
        Optional<File> target = dialogs.chooseSaveFile("Export views", suggested, "json");
        if (target.isEmpty()) {
            return;
        }
        File file = target.get();
        info("Exporting to " + file.getName() + "...");
        exporting.start(context -> {
            ViewsFile.write(file, chosen);
            return chosen.size();
        }, count -> info("Exported " + (count == 1 ? "the view \"" + chosen.get(0).name() + "\"" : count + " views")
                + " to " + file.getAbsolutePath() + "."), failure -> {
                    error("Export failed: " + failure.getMessage());
                    dialogs.showError("Views not exported", failure.getMessage());
                });
    }

    /** Asks for a views file, reads and checks it off the FX thread, and adds its views. */
    public void importViews() {
        Optional<File> source = dialogs.chooseOpenFile("Import views", "json");
        if (source.isEmpty()) {
            return;
        }
        File file = source.get();
        info("Reading " + file.getName() + "...");
        importing.start(context -> ViewsFile.read(file), read -> imported(file, read), failure -> {
            String reason = failure.getMessage();
            error("Not imported: " + reason + " Your saved views are unchanged.");
            dialogs.showError("Views not imported", reason + "\n\nYour saved views are unchanged.");
        });
    }

    /**
     * Adds the file's views. A view with the name of one saved asks: replace it, or keep both (the file's under a
     * free name, "Name (2)"); one saved exactly as in the file is left as it is.
     */
    private void imported(File file, ViewsFile.Read read) {
        SavedViews next = views;
        List<String> added = new ArrayList<>();
        List<String> notes = new ArrayList<>(read.notes());
        for (SavedView view : read.views()) {
            floor.problems(view.floor()).forEach(p -> notes.add("\"" + view.name() + "\": " + p));
            queues.problems(view.queues()).forEach(p -> notes.add("\"" + view.name() + "\": " + p));
            Optional<SavedView> same = next.find(view.name());
            if (same.isEmpty()) {
                next = next.with(view);
                added.add("\"" + view.name() + "\"");
            } else if (same.get().equals(view)) {
                notes.add("\"" + view.name() + "\" is saved already, as the file has it.");
            } else if (dialogs.confirm("Replace the view \"" + same.get().name() + "\"?", "A view named \""
                    + same.get().name() + "\" is saved already. Replace it with the one in " + file.getName()
                    + ", or keep both (the file's as \"" + next.freeName(view.name()) + "\")?", "Replace",
                    "Keep both")) {
                next = next.with(view);
                added.add("\"" + view.name() + "\" (replaced)");
            } else {
                String free = next.freeName(view.name());
                next = next.with(view.named(free));
                added.add("\"" + free + "\"");
            }
        }
        String done = added.isEmpty() ? "Nothing new in " + file.getName() + "."
                : "Imported " + String.join(", ", added) + " from " + file.getName() + ".";
        info(withNotes(done, notes));
        if (!notes.isEmpty()) {
            dialogs.showInformation("Views imported", message.get());
        }
        if (!added.isEmpty()) {
            change(next);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The name stripped, or empty after saying why it cannot be one. */
    private Optional<String> validName(String typed, String outcome) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            error("A view needs a name: " + outcome + ".");
            return Optional.empty();
        }
        if (name.length() > MAX_NAME) {
            error("A view's name has at most " + MAX_NAME + " characters (this one has " + name.length() + "): "
                    + outcome + ".");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Makes the views these, and keeps them; the caller has said what it did, so a failure's message wins. */
    private void change(SavedViews next) {
        views = next;
        if (!names.equals(next.names())) {
            names.setAll(next.names());
        }
        store.save(next, problem -> error("The views could not be kept in the settings: " + problem));
    }

    private static String keys(SavedViews in, String name) {
        int number = in.names().indexOf(name) + 1;
        return number >= 1 && number <= KEYED ? " (Alt+" + number + ")" : "";
    }

    private static String withNotes(String done, List<String> notes) {
        return notes.isEmpty() ? done : done + " " + String.join(" ", notes);
    }

    /** A file name from the view's: letters, digits, spaces, dashes and underscores kept. */
    static String fileName(String viewName) {
        String safe = viewName.replaceAll("[^\\p{L}\\p{N} _-]", "-").strip();
        return (safe.isEmpty() ? "floorwatch-view" : safe) + ".json";
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** The saved views' names, in the menu's order. */
    public ObservableList<String> names() {
        return FXCollections.unmodifiableObservableList(names);
    }

    /** The saved views as kept now. */
    public SavedViews saved() {
        return views;
    }

    /** The view last saved or switched to; empty for none. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What the last action did, or why it did not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public Command saveAsCommand() {
        return saveAs;
    }

    public Command renameCommand() {
        return rename;
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command exportCurrentCommand() {
        return exportCurrent;
    }

    public Command exportAllCommand() {
        return exportAll;
    }

    public Command importCommand() {
        return importViews;
    }
}
