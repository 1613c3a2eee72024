package io.floorwatch.config;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The saved views' list: names compared without case, one view per name, the last one used following it. */
class SavedViewsTest {
    private static SavedView view(String name) {
        return new SavedView(name, new FloorLayout(name, null, null, null, null, null, null, null), null);
    }

    @Test
    void viewsWithoutANameOrWithAnEarlierOnesAreLeftOut() {
        SavedViews views = new SavedViews(Arrays.asList(view("Late"), null, view(" "), view("late"), view("Early")),
                "LATE");
        assertThat(views.names()).containsExactly("Late", "Early");
        assertThat(views.last()).isEqualTo("Late");
    }

    @Test
    void aLastViewThatIsNotSavedIsNone() {
        assertThat(new SavedViews(List.of(view("Late")), "Gone").last()).isEmpty();
    }

    @Test
    void aViewOfTheSameNameIsReplacedInItsPlace() {
        SavedViews views = new SavedViews(List.of(view("Late"), view("Early")), "");
        SavedView changed = new SavedView("LATE", FloorLayout.none(), QueuesLayout.none());
        assertThat(views.with(changed).views()).containsExactly(changed, view("Early"));
    }

    @Test
    void renamingKeepsThePlaceAndTheLastOneUsed() {
        SavedViews views = new SavedViews(List.of(view("Late"), view("Early")), "Late").renamed("late", "Evening");
        assertThat(views.names()).containsExactly("Evening", "Early");
        assertThat(views.last()).isEqualTo("Evening");
    }

    @Test
    void deletingTheLastOneUsedForgetsIt() {
        SavedViews views = new SavedViews(List.of(view("Late"), view("Early")), "Late").without("Late");
        assertThat(views.names()).containsExactly("Early");
        assertThat(views.last()).isEmpty();
    }

    @Test
    void aFreeNameCountsOnFromTwo() {
        SavedViews views = new SavedViews(List.of(view("Late"), view("Late (2)")), "");
        assertThat(views.freeName("Late")).isEqualTo("Late (3)");
        assertThat(views.freeName("Early")).isEqualTo("Early");
    }
}
