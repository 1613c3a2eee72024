package io.floorwatch.kafka;

/** What one Kafka record turned out to be: a usable value, or the reason it is not usable. */
public sealed interface Decoded<T> {
    /** A usable value. */
    record Ok<T>(T value) implements Decoded<T> {
    }

    /** Not usable, and why (the reason names the field at fault). */
    record Rejected<T>(String reason) implements Decoded<T> {
    }
}
