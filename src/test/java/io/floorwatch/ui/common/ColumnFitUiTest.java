package io.floorwatch.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's optional columns, headless: shown as far as the width takes them and back when it returns, the
 * person's own choice first while it fits, and the table asking for the width of the columns that always show.
 * Every column is 100 px at least; "Name" and "State" always show, "Team" is kept longer than "Presence".
 */
@ExtendWith(ApplicationExtension.class)
class ColumnFitUiTest {
    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (String title : List.of("Name", "State", "Team", "Presence")) {
            TableColumn<String, String> column = new TableColumn<>(title);
            column.setMinWidth(100);
            column.setPrefWidth(120);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(title + " of " + c.getValue()));
            table.getColumns().add(column);
        }
        table.getItems().addAll("ada", "bo", "cy");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.keep(table, List.of(table.getColumns().get(2), table.getColumns().get(3)));
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
    }

    private TableColumn<String, ?> column(String title) {
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> shown(FxRobot robot) {
        List<String>[] titles = new List[1];
        robot.interact(() -> titles[0] = table.getColumns().stream().filter(TableColumn::isVisible)
                .map(TableColumn::getText).toList());
        return titles[0];
    }

    /** Makes the table {@code width} wide and waits until the columns shown are {@code expected}. */
    private void atWidth(FxRobot robot, double width, String... expected) {
        robot.interact(() -> stage.setWidth(width));
        settlesOn(robot, "at " + width + " px", expected);
    }

    private void settlesOn(FxRobot robot, String when, String... expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot).equals(List.of(expected)));
        } catch (TimeoutException e) {
            throw new AssertionError(when + ": shown " + shown(robot) + ", expected " + List.of(expected), e);
        }
    }

    private Tooltip menuTooltip(FxRobot robot) {
        Tooltip[] tip = new Tooltip[1];
        robot.interact(() -> {
            Node menu = table.lookup(".show-hide-columns-button");
            tip[0] = (Tooltip) menu.getProperties().get("javafx.scene.control.Tooltip");
        });
        return tip[0];
    }

    @Test
    void theOptionalColumnsShowAsFarAsTheWidthTakesThemAndComeBackWithIt(FxRobot robot) {
        atWidth(robot, 600, "Name", "State", "Team", "Presence");
        atWidth(robot, 380, "Name", "State", "Team");
        atWidth(robot, 260, "Name", "State");
        atWidth(robot, 600, "Name", "State", "Team", "Presence");
        assertThat(table.isTableMenuButtonVisible()).as("the others are in the column menu").isTrue();
    }

    @Test
    void aColumnThePersonShowsWinsWhileItFitsAndTheMenuSaysWhyWhenItDoesNot(FxRobot robot) {
        atWidth(robot, 380, "Name", "State", "Team");

        robot.interact(() -> column("Presence").setVisible(true));
        settlesOn(robot, "Presence ticked in the menu", "Name", "State", "Presence");
        assertThat(menuTooltip(robot)).as("nothing of theirs waits").isNull();

        atWidth(robot, 260, "Name", "State");
        assertThat(menuTooltip(robot)).isNotNull().extracting(Tooltip::getText).asString()
                .startsWith("Presence: no room at this width");

        atWidth(robot, 600, "Name", "State", "Team", "Presence");
        assertThat(menuTooltip(robot)).as("room again: nothing to explain").isNull();
    }

    @Test
    void aColumnThePersonHidesStaysHiddenWhateverTheRoom(FxRobot robot) {
        atWidth(robot, 600, "Name", "State", "Team", "Presence");
        robot.interact(() -> column("Team").setVisible(false));
        atWidth(robot, 380, "Name", "State", "Presence");
        atWidth(robot, 700, "Name", "State", "Presence");
    }

    @Test
    void theTableAsksForTheWidthOfTheColumnsThatAlwaysShow(FxRobot robot) throws Exception {
        atWidth(robot, 600, "Name", "State", "Team", "Presence");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getMinWidth() >= 200);
        assertThat(table.getMinWidth()).as("Name and State, and the scroll bar's gutter").isLessThan(240);
    }
}
