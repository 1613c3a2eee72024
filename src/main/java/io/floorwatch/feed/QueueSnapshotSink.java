package io.floorwatch.feed;

import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RejectedMessage;

import java.util.List;

/** Where queue snapshots go: the desktop's queue-metric feed, or the collector's Kafka topic. */
@FunctionalInterface
public interface QueueSnapshotSink {
    void accept(List<QueueSnapshot> snapshots, List<RejectedMessage> rejected);
}
