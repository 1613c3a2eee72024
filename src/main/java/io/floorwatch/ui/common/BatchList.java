package io.floorwatch.ui.common;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An observable list that reports a whole batch of replacements as one change, so filtered and sorted views
 * and the table above them react once per coalescing tick instead of once per row.
 */
public final class BatchList<T> extends ObservableListBase<T> {
    private final List<T> items = new ArrayList<>();

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Replaces everything (one change). */
    public void replaceAll(Collection<? extends T> all) {
        beginChange();
        try {
            if (!items.isEmpty()) {
                nextRemove(0, new ArrayList<>(items));
            }
            items.clear();
            items.addAll(all);
            if (!items.isEmpty()) {
                nextAdd(0, items.size());
            }
        } finally {
            endChange();
        }
    }

    /**
     * Sets each index to a newer version of the item it holds (the same agent, newer facts), as one change that
     * reports each index as updated. Not as replaced: TableView's skin takes any replacement for a new list and
     * throws away and rebuilds every visible row (and the software pipeline repaints them all), where an update
     * only refreshes the rows whose item differs.
     */
    public void updateEach(Map<Integer, T> newer) {
        if (newer.isEmpty()) {
            return;
        }
        beginChange();
        try {
            newer.forEach((index, item) -> {
                items.set(index, item);
                nextUpdate(index);
            });
        } finally {
            endChange();
        }
    }
}
