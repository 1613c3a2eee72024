package io.floorwatch.genesys;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.NotificationChannel;
import io.floorwatch.domain.QueueObservation;
import io.floorwatch.domain.RejectedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows agents' presence, routing status and conversations over Genesys notification channels: one combined
 * topic per agent ({@code v2.users.{id}?presence&routingStatus&conversations}), at most 1,000 per channel and 20 channels per client.
 * Each channel keeps its socket alive: an application ping and a watchdog on silence, a replacement socket when
 * the server announces {@code socket_closing}, subscriptions renewed before the 24 h expiry, a new channel after
 * {@code no_longer_subscribed} or {@code token_revoked}, and reconnects with jittered exponential backoff.
 * Because Genesys does not replay missed events, every reconnect tells the listener to re-seed from REST.
 *
 * <p>All REST work and reconnecting happens on one thread ("genesys-channels"); frames arrive on each socket's
 * reader thread and go straight to the decoder and the listener.
 *
 * <p>Longer than our files usually are: the channel lifecycle above is one state machine over the channel table
 * and the control thread; each of its steps reads and changes both, so they are kept together.
 */
public final class ChannelPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelPool.class);
    private static final String PING = "{\"message\":\"ping\"}";
    private static final String SOURCE = "genesys-notifications";
    private static final Duration REPLACED_SOCKET_GRACE = Duration.ofSeconds(5);

    /** What the pool delivers. Called from socket threads; implementations must be thread-safe. */
    public interface Listener {
        void events(List<AgentStateEvent> events);

        void rejected(RejectedMessage message);

        /** A channel (re)connected after events may have been missed: time to re-seed from REST. */
        void resync();

        /** An agent's interactions changed (their conversations topic). */
        default void interactions(List<InteractionEvent> events) {
        }

        /** A queue observation arrived (a pool following queue observation topics). */
        default void observed(QueueObservation observation, Instant at) {
        }

        /** An agent's adherence changed (a pool following management units' adherence topics). */
        default void adherence(Adherence adherence) {
        }
    }

    /** The pool's health, cheap to read. */
    public record Health(int channelsOpen, int channelsNeeded, int topics, int agentsNotFollowed,
            Instant lastHeartbeat, long reconnects, long handovers, long rejected, String problem) {
    }

    private final GenesysGateway gateway;
    private final NotificationDecoder decoder;
    private final ChannelPoolSettings settings;
    private final Clock clock;
    private final Listener listener;
    private final ScheduledExecutorService control;
    private final List<Slot> slots = new ArrayList<>();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong handovers = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile Instant lastHeartbeat;
    private volatile int agentsNotFollowed;
    private volatile String problem = "";
    private volatile String capacityProblem = "";
    private volatile boolean closed;

    public ChannelPool(GenesysGateway gateway, NotificationDecoder decoder, ChannelPoolSettings settings, Clock clock,
            Listener listener) {
        this.gateway = gateway;
        this.decoder = decoder;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.control = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("genesys-channels"));
    }

    /**
     * The combined topic that follows one agent: presence, routing status and conversations (one topic toward the
     * 1,000 a channel holds, as the docs' "to remain under the limit" implies).
     */
    static String topicOf(String agentId) {
        return "v2.users." + agentId + "?presence&routingStatus&conversations";
    }

    /**
     * Spreads the agents over channels and connects them in the background. Agents beyond the client's
     * capacity are not followed, and {@link Health#problem()} says so.
     */
    public synchronized void start(List<String> agentIds) {
        int capacity = settings.topicsPerChannel() * settings.maxChannels();
        int followed = Math.min(agentIds.size(), capacity);
        agentsNotFollowed = agentIds.size() - followed;
        if (agentsNotFollowed > 0) {
            int needed = (agentIds.size() + settings.topicsPerChannel() - 1) / settings.topicsPerChannel();
            capacityProblem = String.format("%,d agents need %d notification channels, but one OAuth client may "
                    + "hold %d (%,d agents): %,d agents are not followed live. Run 'floorwatch collect' with its own "
                    + "client and set the agent-state source to Kafka.", agentIds.size(), needed,
                    settings.maxChannels(), capacity, agentsNotFollowed);
            LOG.warn(capacityProblem);
        }
        startTopics(agentIds.subList(0, followed).stream().map(ChannelPool::topicOf).toList());
    }

    /** The adherence topic of one management unit: each of its agents' adherence as it changes. */
    public static String adherenceTopicOf(String managementUnitId) {
        return "v2.workforcemanagement.managementunits." + managementUnitId + ".adherence";
    }

    /** The observation topic of one queue: its waiting and members by status, at most once a second. */
    public static String queueTopicOf(String queueId) {
        return "v2.analytics.queues." + queueId + ".observations";
    }

    /**
     * Spreads the topics over channels (within the client's capacity) and connects them in the background; for
     * pools that follow something other than agents, such as queue observations.
     */
    public synchronized void startTopics(List<String> topics) {
        if (!slots.isEmpty()) {
            throw new IllegalStateException("the pool is already started");
        }
        int capacity = settings.topicsPerChannel() * settings.maxChannels();
        List<String> followed = topics.subList(0, Math.min(topics.size(), capacity));
        for (int from = 0; from < followed.size(); from += settings.topicsPerChannel()) {
            Slot slot = new Slot(slots.size(), List.copyOf(followed.subList(from,
                    Math.min(followed.size(), from + settings.topicsPerChannel()))));
            slots.add(slot);
            control.execute(slot::connect);
        }
        long tick = Math.max(100, Math.min(1_000, settings.pingInterval().toMillis() / 4));
        control.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
    }

    private synchronized List<Slot> slots() {
        return List.copyOf(slots);
    }

    public Health health() {
        int open = 0;
        int topics = 0;
        List<Slot> current = slots();
        for (Slot slot : current) {
            topics += slot.topics.size();
            ChannelSocket socket = slot.socket;
            if (socket != null && socket.isOpen()) {
                open++;
            }
        }
        return new Health(open, current.size(), topics, agentsNotFollowed, lastHeartbeat, reconnects.get(),
                handovers.get(), rejected.get(), problem.isEmpty() ? capacityProblem : problem);
    }

    private void watch() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        List<Slot> current = slots();
        for (Slot slot : current) {
            try {
                slot.watch(now);
            } catch (RuntimeException e) {
                LOG.warn("channel {}: watchdog failed: {}", slot.index, e.toString());
            }
        }
    }

    private Duration backoff(int attempt) {
        long base = settings.backoffMin().toMillis();
        long capped = Math.min(settings.backoffMax().toMillis(), base << Math.min(20, Math.max(0, attempt - 1)));
        // Full jitter between half and all of the delay, so twenty channels dropped at once do not return at once.
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** One channel: its topics, the current channel id and socket, and its timers. */
    private final class Slot implements ChannelSocket.Events {
        final int index;
        final List<String> topics;
        volatile NotificationChannel channel;
        volatile ChannelSocket socket;
        volatile long lastHeardMillis;
        volatile long lastPingMillis;
        volatile boolean channelDead = true;
        /** Whether the current channel has its topics (a failed subscribe is retried on the next attempt). */
        boolean subscribed;
        volatile boolean reconnectPending;
        int attempts;
        boolean everConnected;

        Slot(int index, List<String> topics) {
            this.index = index;
            this.topics = topics;
        }

        /** Runs on the control thread: get a working socket on a subscribed channel, or schedule the next try. */
        void connect() {
            reconnectPending = false;
            if (closed) {
                return;
            }
            try {
                if (channelDead || channel == null) {
                    channel = gateway.createChannel();
                    channelDead = false;
                    subscribed = false;
                }
                // The socket opens before the subscription, so nothing published after subscribing is missed.
                if (!openSocket()) {
                    // The channel may be gone (expired, evicted): the next attempt starts with a new one.
                    channelDead = true;
                    throw new GenesysException(GenesysException.NO_RESPONSE, "socket.refused",
                            "the socket of channel " + channel.id() + " did not open", null);
                }
                if (!subscribed) {
                    gateway.replaceSubscriptions(channel.id(), topics);
                    subscribed = true;
                }
                attempts = 0;
                if (everConnected) {
                    reconnects.incrementAndGet();
                }
                everConnected = true;
                LOG.info("channel {} ({}) connected with {} topics", index, channel.id(), topics.size());
                listener.resync();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (GenesysException e) {
                retryLater(e.describe(), null);
            } catch (RuntimeException e) {
                retryLater(String.valueOf(e.getMessage()), e);
            }
            if (attempts == 0 && problem.startsWith("Channel " + (index + 1) + " ")) {
                problem = "";
            }
        }

        /** Counts a failed attempt, says so in the health, and tries again after the backoff. */
        private void retryLater(String why, RuntimeException unexpected) {
            attempts++;
            Duration delay = backoff(attempts);
            problem = "Channel " + (index + 1) + " is reconnecting: " + why;
            if (unexpected == null) {
                LOG.warn("channel {}: connect attempt {} failed ({}); next try in {} ms", index, attempts, why,
                        delay.toMillis());
            } else {
                LOG.warn("channel {}: connect attempt {} failed; next try in {} ms", index, attempts,
                        delay.toMillis(), unexpected);
            }
            scheduleConnect(delay);
        }

        /** Opens a new socket on the current channel; the one it replaces is retired first. */
        boolean openSocket() throws InterruptedException {
            ChannelSocket old = socket;
            if (old != null) {
                old.retire();
            }
            ChannelSocket fresh = new ChannelSocket(URI.create(channel.connectUri()), this);
            socket = fresh;
            lastHeardMillis = clock.millis();
            lastPingMillis = lastHeardMillis;
            boolean open = fresh.connectBlocking(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (old != null) {
                // Not at once: frames the server sent on the old socket before it switched may still be on their
                // way, and a socket that starts closing drops them. The server closes it first, as a rule.
                control.schedule((Runnable) old::close, REPLACED_SOCKET_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (!open) {
                fresh.retireAndClose();
            }
            return open;
        }

        void scheduleConnect(Duration delay) {
            if (closed || reconnectPending) {
                return;
            }
            reconnectPending = true;
            control.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The watchdog: silence means a dead socket; pings keep the server talking; renew before expiry. */
        void watch(Instant now) {
            ChannelSocket current = socket;
            if (current == null || reconnectPending || !current.isOpen()) {
                return;
            }
            long nowMillis = now.toEpochMilli();
            if (nowMillis - lastHeardMillis > settings.heartbeatTimeout().toMillis()) {
                LOG.warn("channel {}: nothing heard for {} ms; reconnecting", index, nowMillis - lastHeardMillis);
                current.retireAndClose();
                scheduleConnect(Duration.ZERO);
                return;
            }
            if (nowMillis - lastPingMillis >= settings.pingInterval().toMillis()) {
                lastPingMillis = nowMillis;
                current.sendIfOpen(PING, e -> LOG.debug("channel {}: ping not sent: {}", index, e.toString()));
            }
            NotificationChannel known = channel;
            if (known != null && known.expires() != null
                    && now.plus(settings.renewBefore()).isAfter(known.expires())) {
                renew(known);
            }
        }

        /** Re-subscribing renews the lease; the channel listing then tells the new expiry. */
        void renew(NotificationChannel known) {
            try {
                gateway.replaceSubscriptions(known.id(), topics);
                Instant expires = gateway.channels().stream().filter(c -> c.id().equals(known.id()))
                        .map(NotificationChannel::expires).findFirst()
                        .orElse(clock.instant().plus(settings.renewBefore().multipliedBy(2)));
                channel = new NotificationChannel(known.id(), known.connectUri(), expires);
                LOG.info("channel {} ({}) renewed until {}", index, known.id(), expires);
            } catch (GenesysException e) {
                if (e.isNotFound()) {
                    channelDead = true;
                    forceReconnect("channel expired before renewal");
                } else {
                    LOG.warn("channel {}: renewal failed ({}); retrying on the next tick", index, e.describe());
                }
            }
        }

        void forceReconnect(String why) {
            LOG.info("channel {}: {}; reconnecting", index, why);
            ChannelSocket current = socket;
            if (current != null) {
                current.retireAndClose();
            }
            scheduleConnect(Duration.ZERO);
        }

        @Override
        public void frame(ChannelSocket from, String frame) {
            lastHeardMillis = clock.millis();
            Notification notification = decoder.decode(frame);
            if (notification instanceof Notification.StateChanges changes) {
                listener.events(changes.events());
            } else if (notification instanceof Notification.InteractionChanges changes) {
                listener.interactions(changes.events());
            } else if (notification instanceof Notification.QueueObserved observed) {
                listener.observed(observed.observation(), observed.at());
            } else if (notification instanceof Notification.AdherenceChanged changed) {
                listener.adherence(changed.adherence());
            } else if (notification instanceof Notification.Heartbeat
                    || notification instanceof Notification.Pong) {
                lastHeartbeat = clock.instant();
            } else if (notification instanceof Notification.SocketClosing) {
                control.execute(() -> handover(from));
            } else if (notification instanceof Notification.NoLongerSubscribed
                    || notification instanceof Notification.TokenRevoked) {
                String why = notification instanceof Notification.TokenRevoked ? "token_revoked"
                        : "no_longer_subscribed";
                control.execute(() -> {
                    channelDead = true;
                    forceReconnect(why);
                });
            } else if (notification instanceof Notification.Malformed malformed) {
                rejected.incrementAndGet();
                listener.rejected(new RejectedMessage(clock.instant(), SOURCE, malformed.reason(), frame));
            }
        }

        /** socket_closing: the replacement opens on the same channel before the server closes the old socket. */
        void handover(ChannelSocket announced) {
            if (announced != socket || closed) {
                return;
            }
            LOG.info("channel {}: server announced socket_closing; opening the replacement", index);
            try {
                if (openSocket()) {
                    handovers.incrementAndGet();
                    listener.resync();
                } else {
                    scheduleConnect(Duration.ZERO);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void closed(ChannelSocket from, int code, String reason, boolean remote) {
            if (closed || from.retired() || from != socket) {
                return;
            }
            LOG.warn("channel {}: socket closed ({} {}); reconnecting", index, code, reason);
            control.execute(() -> scheduleConnect(backoff(attempts + 1)));
        }

        void close() {
            ChannelSocket current = socket;
            if (current != null) {
                current.retireAndClose();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        control.shutdownNow();
        try {
            control.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Slot> current = slots();
        current.forEach(Slot::close);
    }
}
