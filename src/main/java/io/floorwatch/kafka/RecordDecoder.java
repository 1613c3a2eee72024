package io.floorwatch.kafka;

/** Turns one record's key and value into a value, or into a reason it is rejected; never throws. */
@FunctionalInterface
public interface RecordDecoder<T> {
    Decoded<T> decode(String key, byte[] value);
}
