package io.floorwatch.ui.queues;

import io.floorwatch.config.QueuesLayout;
import io.floorwatch.ui.common.ViewPart;

import java.util.List;

/**
 * The queues screen's part of a saved view: its search text, "needing attention only", and its table's columns
 * (their order and widths; the table keeps its own order, worst score first, so it has no sort to save).
 */
public final class QueuesViewPart implements ViewPart<QueuesLayout> {
    private final QueuesViewModel model;

    public QueuesViewPart(QueuesViewModel model) {
        this.model = model;
    }

    @Override
    public QueuesLayout capture() {
        return new QueuesLayout(model.textProperty().get(), model.attentionOnlyProperty().get(),
                model.tableLayout().current());
    }

    @Override
    public List<String> apply(QueuesLayout saved) {
        model.textProperty().set(saved.text());
        model.attentionOnlyProperty().set(saved.attentionOnly());
        model.tableLayout().show(saved.table());
        return List.of();
    }
}
