package io.floorwatch.domain;

/**
 * How the queue-metric feed is doing, for the status bar.
 *
 * @param source   where samples come from ("Kafka topic ..." or "queue observations"), or "none"
 * @param running  whether the consumer is reading now
 * @param queues   queues heard from
 * @param records  samples received
 * @param rejected records that could not be used (stored as rejected messages)
 * @param lag      records on the topic not yet read, or -1 while unknown
 * @param problem  what a supervisor should know (broker unreachable, history not confirming), or empty
 */
public record QueueFeedHealth(String source, boolean running, int queues, long records, long rejected, long lag,
        String problem) {
    public static QueueFeedHealth idle() {
        return new QueueFeedHealth("none", false, 0, 0, 0, -1, "");
    }
}
