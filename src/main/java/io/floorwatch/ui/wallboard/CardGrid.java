package io.floorwatch.ui.wallboard;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of agent cards: a grid of equal cells, a heading taking a row of its own. It makes as many card nodes
 * as one page holds and fills them again each second (never a node per agent, which at 20,000 agents would cost
 * the FX thread more than the whole board). The cell size follows the board's base size.
 */
final class CardGrid extends Pane {
    /** A card's width and height, and the gap between cards, in the board's base size (em). */
    static final double CARD_WIDTH_EM = 12;
    static final double CARD_HEIGHT_EM = 4.2;
    static final double GAP_EM = 0.45;

    private final List<CardNode> cards = new ArrayList<>();
    private final List<Label> headings = new ArrayList<>();
    private List<CardPages.Slot> slots = List.of();
    private double base = WallboardView.BASE_PX;

    CardGrid() {
        getStyleClass().add("wb-cards");
        setId("wallboardCards");
    }

    /** Fills the cells for this page's slots. */
    void show(List<CardPages.Slot> page, boolean byTeam, Instant now) {
        slots = List.copyOf(page);
        int card = 0;
        int heading = 0;
        for (CardPages.Slot slot : slots) {
            if (slot.isHeading()) {
                Label label = heading < headings.size() ? headings.get(heading) : newHeading();
                label.setText(slot.heading());
                String style = "wb-activity-" + slot.styleKey();
                if (!label.getStyleClass().contains(style)) {
                    label.getStyleClass().removeIf(c -> c.startsWith("wb-activity-"));
                    label.getStyleClass().add(style);
                }
                label.setVisible(true);
                heading++;
            } else {
                CardNode node = card < cards.size() ? cards.get(card) : newCard();
                node.show(slot.card(), byTeam, now);
                node.setVisible(true);
                card++;
            }
        }
        for (int i = card; i < cards.size(); i++) {
            cards.get(i).setVisible(false);
        }
        for (int i = heading; i < headings.size(); i++) {
            headings.get(i).setVisible(false);
        }
        requestLayout();
    }

    private CardNode newCard() {
        CardNode node = new CardNode();
        node.setManaged(false);
        cards.add(node);
        getChildren().add(node);
        return node;
    }

    private Label newHeading() {
        Label label = new Label();
        label.getStyleClass().add("wb-group-heading");
        label.setManaged(false);
        headings.add(label);
        getChildren().add(label);
        return label;
    }

    void setBase(double px) {
        base = px;
        requestLayout();
    }

    /** Cards across that fit in a width, at the base size. */
    int columnsFor(double width) {
        double cell = (CARD_WIDTH_EM + GAP_EM) * base;
        return Math.max(1, (int) Math.floor((width - snappedLeftInset() - snappedRightInset() + GAP_EM * base)
                / cell));
    }

    /** Rows (of cards or headings) that fit in a height, at the base size; at least two. */
    int rowsFor(double height) {
        double cell = (CARD_HEIGHT_EM + GAP_EM) * base;
        return Math.max(2, (int) Math.floor((height - snappedTopInset() - snappedBottomInset() + GAP_EM * base)
                / cell));
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double gap = GAP_EM * base;
        double width = CARD_WIDTH_EM * base;
        double height = CARD_HEIGHT_EM * base;
        double full = getWidth() - left - snappedRightInset();
        int card = 0;
        int heading = 0;
        for (CardPages.Slot slot : slots) {
            double y = top + slot.row() * (height + gap);
            if (slot.isHeading()) {
                // Set on the heading's baseline: the bottom of its row, next to the cards it heads.
                Label label = headings.get(heading++);
                double labelHeight = label.prefHeight(full);
                label.resizeRelocate(left, y + height - labelHeight, full, labelHeight);
            } else {
                CardNode node = cards.get(card++);
                node.resizeRelocate(left + slot.column() * (width + gap), y, width, height);
            }
        }
    }
}
