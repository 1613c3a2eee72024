package io.floorwatch.ui.views;

import io.floorwatch.config.FloorLayout;
import io.floorwatch.config.QueuesLayout;
import io.floorwatch.config.SavedView;
import io.floorwatch.config.SavedViews;
import io.floorwatch.config.ViewsFile;
import io.floorwatch.testkit.CurrentThreadTasks;
import io.floorwatch.ui.common.ViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The saved views' ViewModel over stand-in screens, without a toolkit: names, switching, sharing, refusals. */
class ViewsViewModelTest {
    @TempDir
    Path dir;

    /** A screen that shows whatever it was last given. */
    private static final class Screen<T> implements ViewPart<T> {
        T shows;
        final List<String> problems = new ArrayList<>();

        Screen(T shows) {
            this.shows = shows;
        }

        @Override
        public T capture() {
            return shows;
        }

        @Override
        public List<String> apply(T saved) {
            shows = saved;
            return problems;
        }

        @Override
        public List<String> problems(T saved) {
            return problems;
        }
    }

    private final Screen<FloorLayout> floor = new Screen<>(floor("Team A"));
    private final Screen<QueuesLayout> queues = new Screen<>(QueuesLayout.none());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<SavedViews> kept = new ArrayList<>();

    private static FloorLayout floor(String team) {
        return new FloorLayout("", null, team, null, null, null, null, null);
    }

    private ViewsViewModel model(SavedViews saved) {
        return new ViewsViewModel(saved, floor, queues, (views, failed) -> kept.add(views), new CurrentThreadTasks(),
                dialogs);
    }

    private static SavedViews two() {
        return new SavedViews(List.of(new SavedView("Alpha", floor("Team A"), null),
                new SavedView("Beta", floor("Team B"), new QueuesLayout("sales", true, null))), "Beta");
    }

    @Test
    void anEmptyNameIsRefusedAndSaysSo() {
        ViewsViewModel model = model(SavedViews.none());
        assertThat(model.saveAs("   ")).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("A view needs a name: nothing was saved.");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.names()).isEmpty();
        assertThat(kept).isEmpty();
    }

    @Test
    void savingTakesWhatTheScreensShowAndKeepsIt() {
        ViewsViewModel model = model(SavedViews.none());
        queues.shows = new QueuesLayout("bill", true, null);
        assertThat(model.saveAs(" Mornings ")).isTrue();
        assertThat(model.names()).containsExactly("Mornings");
        assertThat(model.currentProperty().get()).isEqualTo("Mornings");
        assertThat(kept).last().satisfies(views -> {
            assertThat(views.last()).isEqualTo("Mornings");
            assertThat(views.views()).containsExactly(new SavedView("Mornings", floor("Team A"),
                    new QueuesLayout("bill", true, null)));
        });
        assertThat(model.messageProperty().get()).isEqualTo("Saved the view \"Mornings\" (Alt+1).");
    }

    @Test
    void theNameOfASavedViewReplacesItOnlyOnceConfirmed() {
        ViewsViewModel model = model(two());
        floor.shows = floor("Team C");
        assertThat(model.saveAs("alpha")).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains("Replace the view \"Alpha\"?");
        assertThat(model.saved()).isEqualTo(two());
        assertThat(kept).isEmpty();

        dialogs.confirms.push(true);
        assertThat(model.saveAs("alpha")).isTrue();
        assertThat(model.names()).containsExactly("alpha", "Beta");
        assertThat(model.saved().find("Alpha").orElseThrow().floor().team()).isEqualTo("Team C");
    }

    @Test
    void switchingByNumberShowsTheViewAndRemembersIt() {
        ViewsViewModel model = model(two());
        model.switchTo(1);
        assertThat(floor.shows.team()).isEqualTo("Team A");
        assertThat(queues.shows).isEqualTo(QueuesLayout.none());
        assertThat(model.currentProperty().get()).isEqualTo("Alpha");
        assertThat(kept).last().extracting(SavedViews::last).isEqualTo("Alpha");

        model.switchTo(5);
        assertThat(model.messageProperty().get()).isEqualTo("There is no view 5: 2 views are saved.");
        assertThat(model.currentProperty().get()).isEqualTo("Alpha");
    }

    @Test
    void theLastViewIsShownAgainAtStart() {
        ViewsViewModel model = model(two());
        model.restoreLast();
        assertThat(floor.shows.team()).isEqualTo("Team B");
        assertThat(queues.shows.attentionOnly()).isTrue();
        assertThat(model.currentProperty().get()).isEqualTo("Beta");
        assertThat(kept).as("nothing changed to keep").isEmpty();
    }

    @Test
    void whatAViewCannotShowIsSaid() {
        floor.problems.add("The floor has no state filter \"LUNCH\": it shows every agent instead.");
        ViewsViewModel model = model(two());
        model.switchTo("beta");
        assertThat(model.messageProperty().get()).isEqualTo("Showing the view \"Beta\". The floor has no state "
                + "filter \"LUNCH\": it shows every agent instead.");
    }

    @Test
    void renamingRefusesAnotherViewsName() {
        ViewsViewModel model = model(two());
        model.switchTo("Alpha");
        assertThat(model.rename("Alpha", "BETA")).isFalse();
        assertThat(model.messageProperty().get()).contains("A view named \"Beta\" is saved already");
        assertThat(model.rename("Alpha", "Early")).isTrue();
        assertThat(model.names()).containsExactly("Early", "Beta");
        assertThat(model.currentProperty().get()).isEqualTo("Early");
    }

    @Test
    void deletingAsksFirst() {
        ViewsViewModel model = model(two());
        model.switchTo("Beta");
        model.deleteCurrent();
        assertThat(model.names()).containsExactly("Alpha", "Beta");
        dialogs.confirms.push(true);
        model.deleteCommand().execute();
        assertThat(model.names()).containsExactly("Alpha");
        assertThat(model.currentProperty().get()).isEmpty();
        assertThat(model.deleteCommand().executableProperty().get()).isFalse();
    }

    @Test
    void anImportedViewOfASavedNameIsKeptBesideItUnlessReplaced() throws Exception {
        Path file = dir.resolve("team.json");
        Files.writeString(file, ViewsFile.write(List.of(new SavedView("Alpha", floor("Team Z"), null),
                new SavedView("Gamma", floor("Team G"), null))));
        dialogs.open = file.toFile();
        ViewsViewModel model = model(two());

        model.importCommand().execute();

        assertThat(dialogs.asked).singleElement().asString().contains("keep both (the file's as \"Alpha (2)\")");
        assertThat(model.names()).containsExactly("Alpha", "Beta", "Alpha (2)", "Gamma");
        assertThat(model.saved().find("Alpha").orElseThrow().floor().team()).isEqualTo("Team A");
        assertThat(model.saved().find("Alpha (2)").orElseThrow().floor().team()).isEqualTo("Team Z");
        assertThat(model.messageProperty().get()).isEqualTo("Imported \"Alpha (2)\", \"Gamma\" from team.json.");

        dialogs.confirms.push(true);
        model.importViews();
        assertThat(model.saved().find("Alpha").orElseThrow().floor().team()).isEqualTo("Team Z");
        assertThat(model.messageProperty().get()).startsWith("Imported \"Alpha\" (replaced) from team.json.")
                .contains("\"Gamma\" is saved already, as the file has it.");
    }

    @Test
    void aRefusedFileChangesNothing() throws Exception {
        Path file = dir.resolve("newer.json");
        Files.writeString(file, "{\"floorwatchViews\": 2, \"views\": [{\"name\": \"Alpha\"}]}");
        dialogs.open = file.toFile();
        ViewsViewModel model = model(two());

        model.importViews();

        assertThat(model.saved()).isEqualTo(two());
        assertThat(kept).isEmpty();
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Not imported: newer.json: made by a newer Floorwatch "
                + "(views file version 2; this one reads up to version 1). Update Floorwatch to import it. Your "
                + "saved views are unchanged.");
        assertThat(dialogs.shown).singleElement().asString().startsWith("Views not imported: newer.json: made by");
    }

    @Test
    void exportingOneViewWritesAFileThatImportsIt() throws Exception {
        Path file = dir.resolve("beta.json");
        dialogs.saveAs = file.toFile();
        ViewsViewModel model = model(two());
        model.switchTo("Beta");

        model.exportCurrentCommand().execute();

        assertThat(dialogs.asked).contains("save as Beta.json");
        assertThat(ViewsFile.read(file.toFile()).views()).containsExactly(two().find("Beta").orElseThrow());
        assertThat(model.messageProperty().get()).isEqualTo("Exported the view \"Beta\" to " + file + ".");
    }

    @Test
    void aFileNameKeepsOnlyWhatEveryFileSystemTakes() {
        assertThat(ViewsViewModel.fileName("Late: Billing/Sales")).isEqualTo("Late- Billing-Sales.json");
        assertThat(ViewsViewModel.fileName("***")).isEqualTo("---.json");
    }

    @Test
    void aFailedWriteIsSaid() {
        ViewsViewModel model = new ViewsViewModel(SavedViews.none(), floor, queues,
                (views, failed) -> failed.accept("disk full"), new CurrentThreadTasks(), dialogs);
        model.saveAs("Mine");
        assertThat(model.messageProperty().get()).isEqualTo("The views could not be kept in the settings: disk "
                + "full");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
    }
}
