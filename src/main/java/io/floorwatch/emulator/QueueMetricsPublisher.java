package io.floorwatch.emulator;

import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.MemberStatuses;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.RecordPublisher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulated upstream pipeline: once a second, every queue's traffic as a queue-metric record in the seed
 * format (key = queue id) on the metrics topic. Its wait figure is the longest current wait, in simulated
 * seconds; available agents are the joined members on queue and idle.
 */
final class QueueMetricsPublisher {
    private final OrgDirectory org;
    private final Map<String, List<String>> queueSkills;
    private final double speed;
    private final QueueMetricCodec codec;
    private final RecordPublisher publisher;
    private final String topic;

    QueueMetricsPublisher(OrgDirectory org, Map<String, List<String>> queueSkills, double speed,
            QueueMetricCodec codec, RecordPublisher publisher, String topic) {
        this.org = org;
        this.queueSkills = queueSkills;
        this.speed = speed;
        this.codec = codec;
        this.publisher = publisher;
        this.topic = topic;
    }

    void traffic(EmQueue queue, EmQueue.Traffic traffic) {
        publisher.send(topic, queue.id(), codec.encode(snapshot(queue, traffic)));
    }

    QueueSnapshot snapshot(EmQueue queue, EmQueue.Traffic traffic) {
        Instant now = org.clock().instant();
        MemberStatuses members = MemberStatuses.of(org, queue);
        double longestWait = traffic.oldestWaitingSince() == null ? 0
                : Math.max(0, Duration.between(traffic.oldestWaitingSince(), now).toMillis() * speed / 1000.0);
        List<String> skills = queueSkills.getOrDefault(queue.id(), List.of());
        int idle = members.count(RoutingStatus.IDLE);
        return new QueueSnapshot(queue.id(), skills.isEmpty() ? null : skills.get(0), now, longestWait, longestWait,
                idle, traffic.abandonRate(), traffic.waiting(), members.onQueue(), idle,
                members.count(RoutingStatus.INTERACTING), traffic.serviceLevel(), "kafka");
    }
}
