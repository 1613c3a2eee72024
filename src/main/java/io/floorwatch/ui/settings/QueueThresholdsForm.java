package io.floorwatch.ui.settings;

import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The queues part of the settings form: the thresholds for every queue and each queue's own (service-level target
 * and red line, waiting and longest wait amber and red), an empty field inheriting (a queue's from the defaults,
 * then its Genesys service level, then the built-in) and showing what it inherits. The queues are the org's
 * (read from the live directory, memory only) and any the settings name that the org does not hold, so saving
 * never drops what another org's queues were given. Checked with a message naming the queue and the field;
 * nothing is saved while one is wrong.
 */
public final class QueueThresholdsForm {
    static final String DEFAULTS_NAME = "Every queue (defaults)";

    private final Supplier<Map<String, RoutingQueue>> directory;
    private final QueueThresholdRow defaults;
    /** Queue rows by name, case-insensitive like the settings. */
    private final Map<String, QueueThresholdRow> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ObservableList<QueueThresholdRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "queueThresholdsError", "");

    /** @param directory the org's queues by id; read from memory whenever the queues tab is shown */
    public QueueThresholdsForm(QueueThresholdSettings current, Supplier<Map<String, RoutingQueue>> directory) {
        this.directory = directory;
        this.defaults = new QueueThresholdRow(DEFAULTS_NAME, true, null, current.defaults());
        current.byQueue().forEach((name, own) -> byName.put(name, new QueueThresholdRow(name, false, null, own)));
        for (QueueThresholdField field : QueueThresholdField.values()) {
            // An inherited value shown in a queue's field follows the defaults as they are typed.
            defaults.property(field).addListener(o -> showInherited());
        }
        refresh();
    }

    /** Reads the org's queues again: new ones get a row, known ones keep what was typed in theirs. */
    public void refresh() {
        Map<String, RoutingQueue> queues = directory.get();
        byName.values().forEach(row -> row.queue(null));
        for (RoutingQueue queue : queues.values()) {
            QueueThresholdRow row = byName.computeIfAbsent(queue.name(),
                    name -> new QueueThresholdRow(name, false, queue, QueueThresholds.NONE));
            row.queue(queue);
        }
        List<QueueThresholdRow> all = new ArrayList<>();
        all.add(defaults);
        all.addAll(byName.values());
        rows.setAll(all);
        showInherited();
    }

    private void showInherited() {
        QueueThresholds typedDefaults = leniently(defaults);
        for (QueueThresholdField field : QueueThresholdField.values()) {
            String builtIn = field.format(QueueThresholds.BUILT_IN);
            defaults.inherit(field, field.fromGenesys() ? "Genesys, else " + builtIn : builtIn + " (built-in)");
        }
        for (QueueThresholdRow row : byName.values()) {
            QueueThresholds genesys = QueueThresholds.ofQueue(row.queue());
            QueueThresholds below = typedDefaults.over(genesys).over(QueueThresholds.BUILT_IN);
            for (QueueThresholdField field : QueueThresholdField.values()) {
                String source = !field.format(typedDefaults).isEmpty() ? "defaults"
                        : !field.format(genesys).isEmpty() ? "Genesys" : "built-in";
                row.inherit(field, field.format(below) + " (" + source + ")");
            }
        }
    }

    /** What a row holds, its unreadable or out-of-range fields left empty (for the prompts only). */
    private static QueueThresholds leniently(QueueThresholdRow row) {
        Map<QueueThresholdField, Number> values = new EnumMap<>(QueueThresholdField.class);
        for (QueueThresholdField field : QueueThresholdField.values()) {
            try {
                field.parse(row.property(field).get()).ifPresent(value -> values.put(field, value));
            } catch (IllegalArgumentException e) {
                // Not a value yet: the queues' prompts show what applies without it.
            }
        }
        values.keySet().removeIf(field -> thresholds(Map.of(field, values.get(field))).isEmpty());
        // Where each fits alone but a pair does not, the prompts show the layers below until it is fixed.
        return thresholds(values).orElse(QueueThresholds.NONE);
    }

    private static Optional<QueueThresholds> thresholds(Map<QueueThresholdField, Number> values) {
        List<String> problems = problems(values);
        return problems.isEmpty() ? Optional.of(build(values)) : Optional.empty();
    }

    private static List<String> problems(Map<QueueThresholdField, Number> v) {
        return QueueThresholds.problems(share(v, QueueThresholdField.SERVICE_LEVEL_TARGET),
                share(v, QueueThresholdField.SERVICE_LEVEL_RED), count(v, QueueThresholdField.WAITING_AMBER),
                count(v, QueueThresholdField.WAITING_RED), seconds(v, QueueThresholdField.LONGEST_WAIT_AMBER),
                seconds(v, QueueThresholdField.LONGEST_WAIT_RED));
    }

    private static QueueThresholds build(Map<QueueThresholdField, Number> v) {
        return new QueueThresholds(share(v, QueueThresholdField.SERVICE_LEVEL_TARGET),
                share(v, QueueThresholdField.SERVICE_LEVEL_RED), count(v, QueueThresholdField.WAITING_AMBER),
                count(v, QueueThresholdField.WAITING_RED), seconds(v, QueueThresholdField.LONGEST_WAIT_AMBER),
                seconds(v, QueueThresholdField.LONGEST_WAIT_RED));
    }

    private static Double share(Map<QueueThresholdField, Number> v, QueueThresholdField field) {
        return v.containsKey(field) ? v.get(field).doubleValue() : null;
    }

    private static Integer count(Map<QueueThresholdField, Number> v, QueueThresholdField field) {
        return v.containsKey(field) ? v.get(field).intValue() : null;
    }

    private static Long seconds(Map<QueueThresholdField, Number> v, QueueThresholdField field) {
        return v.containsKey(field) ? v.get(field).longValue() : null;
    }

    /** Checks the defaults, then each queue in turn; the first that is wrong sets the message. */
    public boolean validate() {
        error.set("");
        for (QueueThresholdRow row : rows) {
            Optional<String> problem = problemOf(row);
            if (problem.isPresent()) {
                error.set(problem.get());
                return false;
            }
        }
        return true;
    }

    private static Optional<String> problemOf(QueueThresholdRow row) {
        Map<QueueThresholdField, Number> values = new EnumMap<>(QueueThresholdField.class);
        for (QueueThresholdField field : QueueThresholdField.values()) {
            try {
                field.parse(row.property(field).get()).ifPresent(value -> values.put(field, value));
            } catch (IllegalArgumentException e) {
                return Optional.of(row.name() + ", " + field.label() + ": " + e.getMessage());
            }
        }
        List<String> problems = problems(values);
        return problems.isEmpty() ? Optional.empty() : Optional.of(row.name() + ": " + problems.get(0) + ".");
    }

    /** The thresholds as the form holds them; call {@link #validate()} first. */
    public QueueThresholdSettings settings() {
        Map<String, QueueThresholds> own = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.forEach((name, row) -> own.put(name, build(values(row))));
        return new QueueThresholdSettings(build(values(defaults)), own);
    }

    private static Map<QueueThresholdField, Number> values(QueueThresholdRow row) {
        Map<QueueThresholdField, Number> values = new EnumMap<>(QueueThresholdField.class);
        for (QueueThresholdField field : QueueThresholdField.values()) {
            field.parse(row.property(field).get()).ifPresent(value -> values.put(field, value));
        }
        return values;
    }

    /** The defaults first, then the queues by name. */
    public ObservableList<QueueThresholdRow> rows() {
        return rows;
    }

    /** The row of the queue with this name (any case), if any. */
    public Optional<QueueThresholdRow> row(String queueName) {
        return Optional.ofNullable(byName.get(queueName));
    }

    public QueueThresholdRow defaultsRow() {
        return defaults;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
