package io.floorwatch.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * One collector's membership of its deployment's share group: a Kafka consumer group on a small control topic
 * with one partition per share, so Kafka's group coordinator, not code of ours, decides which live collector
 * follows which share. Each partition is given to exactly one member; a member holding none is a standby. A
 * member that stops (a crash, a kill, a lost network) stops heartbeating to the coordinator; after
 * {@code session.timeout.ms} it is out of the group and its partitions go to the others in the next rebalance,
 * which the survivors join within a heartbeat interval. The topic holds one record, the list itself (see
 * {@link #start()}); otherwise only the assignment is used.
 *
 * <p>Why a consumer group rather than a lease in a compacted topic: the group gives exactly-one-owner, failure
 * detection and reassignment, all tested by Kafka itself, with no clocks of ours to trust; a lease would need
 * renewals, expiry by wall clock across machines and a race-free claim, which is what the group coordinator
 * already is. The classic group protocol is used on purpose: with it the member sets its own session timeout,
 * while the newer consumer protocol (KIP-848) takes it from the broker's {@code group.consumer.session.timeout.ms}
 * (45 s by default, at least 45 s unless the broker is changed), which would make the takeover bound the cluster
 * admin's. The cooperative sticky assignor moves only the partitions that must move: a standby joining, or a
 * collector coming back, takes no share from a live collector, so nobody re-seeds for nothing.
 *
 * <p>The bound: a dead member's shares are assigned to another within {@link #SESSION_TIMEOUT} (10 s) plus the
 * rebalance (about a heartbeat interval, 1 s, for the survivors to hear of it and rejoin); the new owner then
 * reads and subscribes the share, a few seconds more for 10,000 agents. A member that leaves cleanly (closed)
 * hands its shares over at once. The listener is called on this member's own thread, which {@link #close()}
 * stops.
 */
public final class ShareGroup implements AutoCloseable {
    /** How long the coordinator waits for a silent member before giving its shares to another. */
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ShareGroup.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] LIST_KEY = "share-list".getBytes(StandardCharsets.UTF_8);

    /** Told of the shares (partition numbers) this member takes and gives up, on the group's thread. */
    public interface Listener {
        void taken(Set<Integer> shares);

        void released(Set<Integer> shares);
    }

    private final String bootstrap;
    private final String topic;
    private final int shares;
    /** The list as given ({@code hash:0/2; hash:1/2}): every member of the group must have been given the same. */
    private final String list;
    private final String member;
    private final Duration sessionTimeout;
    private final Listener listener;
    private final Set<Integer> held = new ConcurrentSkipListSet<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private KafkaConsumer<byte[], byte[]> consumer;
    private volatile String problem = "";

    /**
     * @param topic          the control topic, one partition per share; created if missing
     * @param list           the share list as given, one label per share, in order
     * @param member         this collector's name, the consumer's client id (the coordinator's logs show it)
     * @param sessionTimeout how long the coordinator waits for a silent member; between the broker's
     *                       {@code group.min.session.timeout.ms} (6 s by default) and max (30 min)
     */
    public ShareGroup(String bootstrap, String topic, List<String> list, String member, Duration sessionTimeout,
            Listener listener) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("a share group needs at least one share");
        }
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.shares = list.size();
        this.list = String.join("; ", list);
        this.member = member;
        this.sessionTimeout = sessionTimeout;
        this.listener = listener;
        this.thread = new Thread(this::run, "share-group");
        this.thread.setDaemon(true);
    }

    /** The consumer group of a control topic: one group per deployment (agent topic). */
    public static String groupOf(String topic) {
        return "floorwatch-collectors." + topic;
    }

    /**
     * Makes sure the control topic has one partition per share and that this member was given the group's list,
     * then joins the group. The list is checked, not only its length: two collectors given {@code teams:A;teams:B}
     * and {@code teams:A;teams:C} would each follow "share 1" and together leave a team out. The first member to
     * find the topic without a list writes its own as the topic's first record (partition 0); every member reads
     * that record back and refuses to join when its list differs. Members racing with different lists both
     * write, and the first record decides for all.
     *
     * @throws IllegalStateException when the topic has another number of partitions or another list (collectors
     *                               given different share lists) or cannot be checked; the message says what to do
     */
    public ShareGroup start() {
        ensureTopic();
        checkList();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupOf(topic));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "share-group-" + member);
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        // A tenth of the session: the survivors hear of a rebalance within a second or so.
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(100, sessionTimeout.toMillis() / 10));
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread.start();
        return this;
    }

    private void ensureTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()))) {
            try {
                // Kept for good: the list record must outlive the default week of retention.
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(shares), Optional.empty())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))))
                        .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("created the share group's control topic {} with {} partitions", topic, shares);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("the share group's control topic " + topic + " could not be "
                            + "created (" + e.getCause().getMessage() + "); create it with: kafka-topics.sh "
                            + "--bootstrap-server " + bootstrap + " --create --topic " + topic + " --partitions "
                            + shares, e.getCause());
                }
                int partitions = partitions(admin);
                if (partitions != shares) {
                    throw new IllegalStateException("the share group's control topic " + topic + " has "
                            + partitions + " partitions but this collector was given " + shares + " shares: every "
                            + "collector of a group must be given the same --shares (or delete the topic after "
                            + "changing the list for all of them)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the control topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not answer within "
                    + ADMIN_TIMEOUT.toSeconds() + " s while the control topic " + topic + " was checked", e);
        }
    }

    private void checkList() {
        Optional<String> found = firstRecord();
        if (found.isEmpty()) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topic, 0, LIST_KEY, list.getBytes(StandardCharsets.UTF_8)))
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the share list to " + topic, e);
            } catch (ExecutionException | TimeoutException | KafkaException e) {
                throw new IllegalStateException("the share list could not be written to the control topic " + topic
                        + " (" + e.getMessage() + ")", e);
            }
            found = firstRecord();
        }
        String groupList = found.orElseThrow(() -> new IllegalStateException("the share list written to the "
                + "control topic " + topic + " could not be read back"));
        if (!groupList.equalsIgnoreCase(list)) {
            throw new IllegalStateException("this collector was given the shares '" + list + "' but its group "
                    + "follows '" + groupList + "' (the first list given, kept in " + topic + "): every collector of "
                    + "a group must be given the same --shares (or delete the topic after changing the list for "
                    + "all of them)");
        }
    }

    /** The first record of the control topic's partition 0 (the group's list), or empty when it has none. */
    private Optional<String> firstRecord() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        TopicPartition first = new TopicPartition(topic, 0);
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            reader.assign(List.of(first));
            reader.seekToBeginning(List.of(first));
            long end = reader.endOffsets(List.of(first)).get(first);
            if (reader.position(first) >= end) {
                return Optional.empty();
            }
            long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(POLL)) {
                    return Optional.of(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
            throw new IllegalStateException("the control topic " + topic + " holds a share list that could not be "
                    + "read within " + ADMIN_TIMEOUT.toSeconds() + " s");
        } catch (KafkaException e) {
            throw new IllegalStateException("the share list in the control topic " + topic + " could not be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private int partitions(Admin admin) throws InterruptedException, TimeoutException {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return description.partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the control topic " + topic + " could not be described ("
                    + e.getCause().getMessage() + ")", e.getCause());
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new Assignment());
            while (!closed.get()) {
                try {
                    consumer.poll(POLL);
                    problem = "";
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    // The broker away, a listener that failed: the member stays and polls again, so the group
                    // keeps it (or, past the session timeout, gives its shares to another and takes it back in).
                    problem = "share group: " + e.getMessage();
                    LOG.warn("share group {}: {}", topic, e.getMessage(), e);
                    sleep();
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                problem = "the share group's consumer was woken unexpectedly";
                LOG.error("share group {} woken without being closed", topic, e);
            }
        } finally {
            // Leaves the group: the coordinator gives this member's shares to another at once.
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.set(true);
        }
    }

    /** Hands the listener the partitions as share numbers; cooperative: only those that moved. */
    private final class Assignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Set<Integer> taken = numbers(partitions);
            if (!taken.isEmpty()) {
                held.addAll(taken);
                LOG.info("collector {} takes share(s) {} of {}", member, taken, topic);
                listener.taken(taken);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            release(partitions, "gives up");
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            release(partitions, "lost (out of the group)");
        }

        private void release(Collection<TopicPartition> partitions, String how) {
            Set<Integer> released = numbers(partitions);
            if (!released.isEmpty()) {
                held.removeAll(released);
                LOG.info("collector {} {} share(s) {} of {}", member, how, released, topic);
                listener.released(released);
            }
        }

        private Set<Integer> numbers(Collection<TopicPartition> partitions) {
            return partitions.stream().map(TopicPartition::partition).filter(n -> n < shares)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The shares this member holds now. */
    public Set<Integer> held() {
        return Set.copyOf(held);
    }

    /** What is wrong with the membership now, or empty. */
    public String problem() {
        return problem;
    }

    /** Leaves the group (its shares go to the others at once) and stops the thread. */
    @Override
    public void close() {
        if (closed.getAndSet(true) || consumer == null) {
            return;
        }
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
