package io.floorwatch.ui.wallboard;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The wallboard's face: a header (title, the floor's counts by state, the page, the clock), a banner when the
 * source is silent, the queue tiles, the page of agent cards, and the alert ticker. Every size follows one base
 * size: {@link #BASE_PX} on a screen 1080 lines high at scale 1, in proportion on others, so the board reads the same
 * from the same distance on any TV. No control takes the focus: keys go to the window (see {@link WallboardKeys}).
 */
public final class WallboardView extends BorderPane {
    /**
     * The smallest text on a 1080-line screen at scale 1, in pixels. On a 55-inch 1080p TV a pixel is 0.63 mm, so
     * this is a 15 mm line: about 1/200 of 3 m, the distance a supervisor reads a wallboard from.
     */
    public static final double BASE_PX = 24;
    /** The screen height the base size is set for. */
    static final double BASE_HEIGHT = 1080;
    /** A tile's width in the base size (em). */
    static final double TILE_WIDTH_EM = 15;
    private static final double TILE_GAP_EM = 0.5;
    /** How long the key help shows after the board opens or a key it does not know is pressed. */
    static final int KEY_HELP_SECONDS = 12;

    private final WallboardViewModel model;
    private final HBox tileRow = new HBox();
    private final List<TileNode> tileNodes = new ArrayList<>();
    private final CardGrid grid = new CardGrid();
    private final Label keys = new Label("→ next page   ← previous   Space pause   G group   A attention only   "
            + "+/- size   F11 full screen   Ctrl+Q close");
    private double base = BASE_PX;
    private int keyHelpLeft = KEY_HELP_SECONDS;
    private boolean refitQueued;

    public WallboardView(WallboardViewModel model) {
        this.model = model;
        setId("wallboard");
        getStyleClass().add("wallboard");
        getStylesheets().add(WallboardView.class.getResource("wallboard.css").toExternalForm());

        Label title = label("wallboardTitle", "wb-title");
        title.textProperty().bind(model.titleProperty());
        Label counts = label("wallboardCounts", "wb-counts");
        counts.textProperty().bind(model.countsProperty());
        counts.setMinWidth(0);
        HBox.setHgrow(counts, Priority.ALWAYS);
        counts.setMaxWidth(Double.MAX_VALUE);
        Label paused = label("wallboardPaused", "wb-paused");
        paused.setText("Paused");
        paused.visibleProperty().bind(model.pausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        Label page = label("wallboardPage", "wb-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> model.pageCountProperty().get() > 1
                ? "Page " + (model.pageProperty().get() + 1) + " of " + model.pageCountProperty().get() : "",
                model.pageProperty(), model.pageCountProperty()));
        page.setMinWidth(Region.USE_PREF_SIZE);
        Label clock = label("wallboardClock", "wb-clock");
        clock.textProperty().bind(model.clockProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(title, counts, paused, page, clock);
        header.getStyleClass().add("wb-header");
        title.setMinWidth(Region.USE_PREF_SIZE);

        Label note = label("wallboardNote", "wb-note");
        note.textProperty().bind(model.noteProperty());
        note.setMaxWidth(Double.MAX_VALUE);
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        tileRow.getStyleClass().add("wb-tiles");
        tileRow.setId("wallboardTiles");
        Label more = label("wallboardMoreQueues", "wb-more");
        more.textProperty().bind(model.moreQueuesProperty());
        more.visibleProperty().bind(model.moreQueuesProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setMinHeight(0);
        VBox middle = new VBox(note, tileRow, more, grid);

        Label badge = label("wallboardAlertCount", "wb-ticker-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> model.alertCountProperty().get() == 1
                ? "1 ALERT" : model.alertCountProperty().get() + " ALERTS", model.alertCountProperty()));
        model.alertCountProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0) {
                if (!badge.getStyleClass().contains("wb-alerting")) {
                    badge.getStyleClass().add("wb-alerting");
                }
            } else {
                badge.getStyleClass().remove("wb-alerting");
            }
        });
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label ticker = label("wallboardTicker", "wb-ticker");
        ticker.textProperty().bind(model.tickerProperty());
        ticker.setMinWidth(0);
        HBox.setHgrow(ticker, Priority.ALWAYS);
        ticker.setMaxWidth(Double.MAX_VALUE);
        keys.setId("wallboardKeys");
        keys.getStyleClass().add("wb-keys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.managedProperty().bind(keys.visibleProperty());
        HBox tickerRow = new HBox(badge, ticker, keys);
        tickerRow.getStyleClass().add("wb-ticker-row");
        tickerRow.setAlignment(Pos.CENTER_LEFT);

        setTop(header);
        setCenter(middle);
        setBottom(tickerRow);

        model.tiles().addListener((InvalidationListener) o -> showTiles());
        model.slots().addListener((InvalidationListener) o -> showCards());
        model.nowProperty().addListener(o -> {
            if (keyHelpLeft > 0 && --keyHelpLeft == 0) {
                keys.setVisible(false);
            }
        });
        InvalidationListener refit = o -> refitLater();
        grid.widthProperty().addListener(refit);
        grid.heightProperty().addListener(refit);
        heightProperty().addListener(o -> rescale());
        model.scaleProperty().addListener(o -> rescale());
        rescale();
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        return label;
    }

    /** The base size from the board's height and the layout's scale; everything else is in proportion. */
    private void rescale() {
        double height = getHeight() > 0 ? getHeight() : BASE_HEIGHT;
        double next = Math.round(BASE_PX * model.scaleProperty().get()
                * Math.max(0.5, height / BASE_HEIGHT) * 10) / 10.0;
        if (next == base && getStyle().contains("font-size")) {
            return;
        }
        base = next;
        setStyle("-fx-font-size: " + base + "px;");
        grid.setBase(base);
        tileRow.setSpacing(TILE_GAP_EM * base);
        refitLater();
    }

    /** After the pulse that changed the size: the model is told how much fits, which may change its page. */
    private void refitLater() {
        if (refitQueued) {
            return;
        }
        refitQueued = true;
        Platform.runLater(() -> {
            refitQueued = false;
            double width = getWidth() > 0 ? getWidth() : BASE_HEIGHT * 16 / 9;
            int tileRoom = Math.max(1, (int) Math.floor((width - base) / ((TILE_WIDTH_EM + TILE_GAP_EM) * base)));
            double gridHeight = grid.getHeight() > 0 ? grid.getHeight() : getHeight() / 2;
            model.fit(grid.columnsFor(grid.getWidth() > 0 ? grid.getWidth() : width), grid.rowsFor(gridHeight),
                    tileRoom);
        });
    }

    private void showTiles() {
        List<QueueTile> tiles = model.tiles();
        while (tileNodes.size() < tiles.size()) {
            TileNode node = new TileNode();
            tileNodes.add(node);
        }
        for (int i = 0; i < tiles.size(); i++) {
            TileNode node = tileNodes.get(i);
            node.setPrefWidth(TILE_WIDTH_EM * base);
            node.setMinWidth(TILE_WIDTH_EM * base);
            node.setMaxWidth(TILE_WIDTH_EM * base);
            node.show(tiles.get(i));
        }
        if (tileRow.getChildren().size() != tiles.size()) {
            tileRow.getChildren().setAll(tileNodes.subList(0, tiles.size()));
        }
    }

    private void showCards() {
        grid.show(model.slots(), model.byTeamProperty().get(), model.nowProperty().get());
    }

    /** Shows the key help again for a while (a key the board does not know was pressed). */
    void showKeyHelp() {
        keyHelpLeft = KEY_HELP_SECONDS;
        keys.setVisible(true);
    }

    /** The base text size in pixels now. */
    public double baseSize() {
        return base;
    }
}
