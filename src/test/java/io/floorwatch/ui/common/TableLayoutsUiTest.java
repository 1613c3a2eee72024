package io.floorwatch.ui.common;

import io.floorwatch.config.TableLayout;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's layout read and shown by column ids, headless: order, widths and sort; ids it does not know ignored and
 * columns it does not name kept in their default place; on a table whose optional columns fit to the width, a saved
 * choice is the person's. Every column is 100 px at least; "name" and "state" always show.
 */
@ExtendWith(ApplicationExtension.class)
class TableLayoutsUiTest {
    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>();
        for (String id : List.of("name", "state", "team", "presence")) {
            TableColumn<String, String> column = new TableColumn<>(id);
            column.setId(id);
            column.setMinWidth(100);
            column.setPrefWidth(120);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(id + " of " + c.getValue()));
            table.getColumns().add(column);
        }
        table.getItems().addAll("cy", "ada", "bo");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnFit.keep(table, List.of(table.getColumns().get(2), table.getColumns().get(3)));
        stage.setScene(new Scene(table, 600, 300));
        // The stage is shared with earlier test classes: fit it to this scene, where every column fits.
        stage.sizeToScene();
        stage.show();
    }

    private TableColumn<String, ?> column(String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private <T> T onFx(FxRobot robot, Supplier<T> read) {
        List<T> found = new ArrayList<>();
        robot.interact(() -> found.add(read.get()));
        return found.get(0);
    }

    private List<String> shown(FxRobot robot) {
        return onFx(robot, () -> table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId)
                .toList());
    }

    private void settlesOn(FxRobot robot, String... expected) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot).equals(List.of(expected)));
        } catch (TimeoutException e) {
            throw new AssertionError("shown " + shown(robot) + ", expected " + List.of(expected), e);
        }
    }

    @Test
    void aLayoutReadIsShownAgainAfterChanges(FxRobot robot) {
        settlesOn(robot, "name", "state", "team", "presence");
        robot.interact(() -> {
            column("presence").setVisible(false);
            column("state").setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column("state"), column("name")));
            table.getColumns().setAll(List.of(column("state"), column("name"), column("team"), column("presence")));
        });
        settlesOn(robot, "state", "name", "team");
        TableLayout saved = onFx(robot, () -> TableLayouts.capture(table));
        assertThat(saved.columns()).extracting(TableLayout.Column::id, TableLayout.Column::visible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("state", true),
                        org.assertj.core.groups.Tuple.tuple("name", true),
                        org.assertj.core.groups.Tuple.tuple("team", null),
                        org.assertj.core.groups.Tuple.tuple("presence", false));
        assertThat(saved.sort()).containsExactly(new TableLayout.SortKey("state", false),
                new TableLayout.SortKey("name", true));

        robot.interact(() -> {
            table.getColumns().setAll(List.of(column("name"), column("state"), column("team"), column("presence")));
            column("presence").setVisible(true);
            table.getSortOrder().clear();
        });
        settlesOn(robot, "name", "state", "team", "presence");

        List<String> ignored = onFx(robot, () -> TableLayouts.apply(table, saved));

        assertThat(ignored).isEmpty();
        settlesOn(robot, "state", "name", "team");
        assertThat(onFx(robot, () -> table.getSortOrder().stream().map(c -> c.getId() + " " + c.getSortType())
                .toList())).containsExactly("state DESCENDING", "name ASCENDING");
        assertThat(onFx(robot, () -> table.getItems())).as("sorted by state, descending").containsExactly("cy", "bo", "ada");
    }

    @Test
    void unknownIdsAreIgnoredAndColumnsNotNamedKeepTheirPlace(FxRobot robot) {
        TableLayout fromElsewhere = new TableLayout(List.of(new TableLayout.Column("team", true, 150.0),
                new TableLayout.Column("skills", true, 90.0), new TableLayout.Column("name", true, 200.0)),
                List.of(new TableLayout.SortKey("skills", true), new TableLayout.SortKey("team", false)));

        List<String> ignored = onFx(robot, () -> TableLayouts.apply(table, fromElsewhere));

        assertThat(ignored).containsExactly("skills");
        // "state" followed "name" and "presence" followed "team": they still do.
        assertThat(onFx(robot, () -> table.getColumns().stream().map(TableColumn::getId).toList()))
                .containsExactly("team", "presence", "name", "state");
        assertThat(onFx(robot, () -> column("name").getPrefWidth())).isEqualTo(200.0);
        assertThat(onFx(robot, () -> table.getSortOrder().stream().map(TableColumn::getId).toList()))
                .containsExactly("team");
    }

    @Test
    void aSavedShownColumnThatDoesNotFitWaitsForRoomAsAChoiceInTheMenuDoes(FxRobot robot) {
        robot.interact(() -> stage.setWidth(300));
        settlesOn(robot, "name", "state");
        TableLayout presenceShown = new TableLayout(List.of(new TableLayout.Column("presence", true, null),
                new TableLayout.Column("team", false, null)), List.of());

        robot.interact(() -> TableLayouts.apply(table, presenceShown));
        settlesOn(robot, "name", "state");
        assertThat(onFx(robot, () -> TableLayouts.capture(table).columns().stream()
                .filter(c -> c.id().equals("presence")).findFirst().orElseThrow().visible()))
                .as("kept as the person's choice while it waits").isTrue();

        robot.interact(() -> stage.setWidth(700));
        settlesOn(robot, "name", "state", "presence");
    }
}
