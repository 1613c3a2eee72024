package io.floorwatch.ui.drift;

import io.floorwatch.drift.Comparison;
import io.floorwatch.drift.DriftRow;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The last comparison as the table shows it: its rows kept whole, the filters and search the supervisor set, the
 * grouped items and counts {@link DriftTable} makes of them, and the selection the actions work on.
 */
public final class DriftResults {
    private final ObservableList<DriftItem> items = FXCollections.observableArrayList();
    private final ObservableList<DriftItem> selected = FXCollections.observableArrayList();
    private final ObjectProperty<String> typeFilter = new SimpleObjectProperty<>(this, "typeFilter", DriftTable.ANY);
    private final ObjectProperty<String> changeFilter = new SimpleObjectProperty<>(this, "changeFilter",
            DriftTable.ANY);
    private final ObjectProperty<String> severityFilter = new SimpleObjectProperty<>(this, "severityFilter",
            DriftTable.ANY);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final BooleanBinding someRowSelected = Bindings.createBooleanBinding(
            () -> selected.stream().anyMatch(i -> !i.isHeading()), selected);
    private final Map<String, DriftRow> rowsByKey = new HashMap<>();
    private Comparison shown;

    DriftResults() {
        typeFilter.addListener((o, a, b) -> refilter());
        changeFilter.addListener((o, a, b) -> refilter());
        severityFilter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
    }

    /** Shows a new comparison; the selection starts empty, the filters stay as set. */
    void show(Comparison comparison) {
        shown = comparison;
        rowsByKey.clear();
        comparison.rows().forEach(r -> rowsByKey.put(r.key(), r));
        selected.clear();
        refilter();
    }

    /** The comparison shown, if one ran. */
    Optional<Comparison> comparison() {
        return Optional.ofNullable(shown);
    }

    int rowCount() {
        return shown == null ? 0 : shown.rows().size();
    }

    private void refilter() {
        DriftTable.Grouped grouped = DriftTable.group(shown == null ? List.of() : shown.rows(),
                new DriftTable.Filter(typeFilter.get(), changeFilter.get(), severityFilter.get(), search.get()));
        items.setAll(grouped.items());
        selected.removeIf(i -> !grouped.items().contains(i));
        counts.set(grouped.counts());
    }

    /** The selected differences (headings left out). */
    List<DriftRow> selectedRows() {
        return rowsOf(selected);
    }

    /** The differences the filters let through, in the table's order. */
    List<DriftRow> shownRows() {
        return rowsOf(items);
    }

    private List<DriftRow> rowsOf(List<DriftItem> list) {
        return list.stream().filter(i -> !i.isHeading()).map(i -> rowsByKey.get(i.key()))
                .filter(Objects::nonNull).toList();
    }

    BooleanBinding someRowSelectedProperty() {
        return someRowSelected;
    }

    public ObservableList<DriftItem> items() {
        return items;
    }

    public ObservableList<DriftItem> selected() {
        return selected;
    }

    public ObjectProperty<String> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> changeFilterProperty() {
        return changeFilter;
    }

    public ObjectProperty<String> severityFilterProperty() {
        return severityFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Whether there are rows to export. */
    public BooleanBinding exportableProperty() {
        return Bindings.isNotEmpty(items);
    }

    public List<String> typeChoices() {
        return DriftTable.typeChoices();
    }

    public List<String> changeChoices() {
        return DriftTable.changeChoices();
    }

    public List<String> severityChoices() {
        return DriftTable.severityChoices();
    }
}
