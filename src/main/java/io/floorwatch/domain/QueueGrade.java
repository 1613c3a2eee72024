package io.floorwatch.domain;

/**
 * How a queue figure stands against the queue's thresholds: green is fine, amber is worth a look, red needs action.
 * The queues screen, the wallboard and the queue alerts all grade through {@link QueueThresholds}, so a queue shows
 * the same colour everywhere and alerts exactly when it turns red.
 */
public enum QueueGrade {
    GREEN,
    AMBER,
    RED;

    /** The worse of the two. */
    public QueueGrade worst(QueueGrade other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
