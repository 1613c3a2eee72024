package io.floorwatch.ui.settings;

import io.floorwatch.domain.QueueThresholds;
import io.floorwatch.domain.RoutingQueue;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * One line of the queue thresholds: the defaults for every queue, or one queue's own thresholds, with the text
 * typed in each field and, for an empty one, what it inherits and from where.
 */
public final class QueueThresholdRow {
    private final String name;
    private final boolean defaults;
    private RoutingQueue queue;
    private final Map<QueueThresholdField, StringProperty> typed = new EnumMap<>(QueueThresholdField.class);
    private final Map<QueueThresholdField, ReadOnlyStringWrapper> inherited = new EnumMap<>(QueueThresholdField.class);

    /**
     * @param name     the queue's name, or the defaults' caption
     * @param defaults true for the defaults for every queue
     * @param queue    the queue in the directory; null for the defaults and for a queue this org does not hold
     * @param held     what the settings hold for it
     */
    QueueThresholdRow(String name, boolean defaults, RoutingQueue queue, QueueThresholds held) {
        this.name = name;
        this.defaults = defaults;
        this.queue = queue;
        for (QueueThresholdField field : QueueThresholdField.values()) {
            typed.put(field, new SimpleStringProperty(this, field.name(), field.format(held)));
            inherited.put(field, new ReadOnlyStringWrapper(this, field.name() + "-inherited", ""));
        }
    }

    public String name() {
        return name;
    }

    /** True for the defaults for every queue. */
    public boolean defaults() {
        return defaults;
    }

    /** Whether the org's queue directory holds the queue (false for the defaults). */
    public boolean known() {
        return queue != null;
    }

    RoutingQueue queue() {
        return queue;
    }

    void queue(RoutingQueue now) {
        this.queue = now;
    }

    /** The text typed for one threshold; empty means inherit. */
    public StringProperty property(QueueThresholdField field) {
        return typed.get(field);
    }

    /** What an empty field inherits and from where ("80 (Genesys)"), for its prompt. */
    public ReadOnlyStringProperty inheritedProperty(QueueThresholdField field) {
        return inherited.get(field).getReadOnlyProperty();
    }

    void inherit(QueueThresholdField field, String text) {
        inherited.get(field).set(text);
    }
}
