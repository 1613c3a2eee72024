package io.floorwatch.emulator.notify;

import org.java_websocket.WebSocket;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * All notification channels, the limits Genesys documents for them, and the index from topic to channels
 * that makes publishing cheap at 20,000 agents.
 */
public final class ChannelRegistry {
    /** "You can create up to 20 channels per user and application." */
    public static final int MAX_CHANNELS_PER_CLIENT = 20;
    /** "Each WebSocket connection is limited to 1,000 topics." */
    public static final int MAX_TOPICS_PER_CHANNEL = 1_000;

    private static final char[] ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, EmChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Set<EmChannel>> byTopic = new ConcurrentHashMap<>();
    private volatile String streamingBase = "ws://127.0.0.1:0";
    private volatile BiConsumer<EmChannel, Removal> onRemoved = (channel, why) -> { };

    /** Why a channel left the registry. */
    public enum Removal {
        /** Its 24 h lease ran out without a resubscribe. */
        EXPIRED,
        /** A 21st channel of the same client replaced it. */
        EVICTED,
        /** The token it was made with was revoked. */
        TOKEN_REVOKED
    }

    public ChannelRegistry(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Who is told of every channel that leaves the registry (eviction, expiry), so its socket closes. */
    void onRemoved(BiConsumer<EmChannel, Removal> listener) {
        this.onRemoved = listener;
    }

    void streamingBase(String base) {
        this.streamingBase = base;
    }

    public Duration ttl() {
        return ttl;
    }

    /** Creates a channel; a 21st channel for the same client replaces the oldest, idle ones first. */
    public synchronized EmChannel create(String clientId, String token) {
        List<EmChannel> own = channels.values().stream().filter(c -> c.clientId().equals(clientId))
                .sorted(Comparator.comparing((EmChannel c) -> c.connected()).thenComparing(EmChannel::lastUsed))
                .toList();
        if (own.size() >= MAX_CHANNELS_PER_CLIENT) {
            remove(own.get(0), Removal.EVICTED);
        }
        Instant now = clock.instant();
        String id = "streaming-0-" + randomId();
        EmChannel channel = new EmChannel(id, clientId, token, streamingBase + "/channels/" + id, now.plus(ttl), now);
        channels.put(id, channel);
        return channel;
    }

    /** The channels of a token, or of every token of the client ({@code includechannels=oauthclient}). */
    public List<EmChannel> list(String clientId, String token, boolean wholeClient) {
        return channels.values().stream()
                .filter(c -> c.clientId().equals(clientId) && (wholeClient || c.token().equals(token)))
                .sorted(Comparator.comparing(EmChannel::lastUsed))
                .toList();
    }

    /** A channel visible to this client; other clients' channels do not exist for it. */
    public Optional<EmChannel> find(String id, String clientId) {
        EmChannel channel = channels.get(id);
        return channel != null && channel.clientId().equals(clientId) ? Optional.of(channel) : Optional.empty();
    }

    Optional<EmChannel> find(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    public int size() {
        return channels.size();
    }

    /**
     * Adds topics to a channel, or replaces its set, and renews its 24 h lease ("to maintain a channel for
     * longer than 24 hours, resubscribe").
     *
     * @throws IllegalArgumentException for a topic that is invalid or would take the channel past 1,000 topics
     */
    public synchronized Map<String, List<String>> subscribe(EmChannel channel, List<String> topics, boolean replace) {
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        for (String topic : topics) {
            parsed.put(topic, Topics.expand(topic));
        }
        Map<String, List<String>> current = channel.topicsView();
        Set<String> resulting = new LinkedHashSet<>(replace ? Set.of() : current.keySet());
        resulting.addAll(parsed.keySet());
        if (resulting.size() > MAX_TOPICS_PER_CHANNEL) {
            throw new IllegalArgumentException("Subscription would exceed the limit of " + MAX_TOPICS_PER_CHANNEL
                    + " topics per channel (" + resulting.size() + " requested)");
        }
        if (replace) {
            unindex(channel);
            current.clear();
        }
        for (Map.Entry<String, List<String>> entry : parsed.entrySet()) {
            if (current.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                entry.getValue().forEach(name ->
                        byTopic.computeIfAbsent(Topics.key(name), k -> ConcurrentHashMap.newKeySet()).add(channel));
            }
        }
        Instant now = clock.instant();
        channel.renew(now.plus(ttl));
        channel.touch(now);
        return channel.topics();
    }

    public synchronized void unsubscribeAll(EmChannel channel) {
        unindex(channel);
        channel.topicsView().clear();
    }

    private void unindex(EmChannel channel) {
        for (List<String> names : channel.topicsView().values()) {
            for (String name : names) {
                Set<EmChannel> set = byTopic.get(Topics.key(name));
                if (set != null) {
                    set.remove(channel);
                }
            }
        }
    }

    /** Channels subscribed to a canonical topic name. */
    public Set<EmChannel> subscribers(String canonicalTopic) {
        return byTopic.getOrDefault(Topics.key(canonicalTopic), Set.of());
    }

    public boolean hasSubscribers(String canonicalTopic) {
        Set<EmChannel> set = byTopic.get(Topics.key(canonicalTopic));
        return set != null && !set.isEmpty();
    }

    public List<EmChannel> all() {
        return new ArrayList<>(channels.values());
    }

    /** Removes every channel opened with a token that was revoked (or expired early) and returns them. */
    public synchronized List<EmChannel> revokeAll() {
        List<EmChannel> revoked = new ArrayList<>(channels.values());
        revoked.forEach(c -> remove(c, Removal.TOKEN_REVOKED));
        return revoked;
    }

    /** Removes channels whose lease ran out and returns them. */
    public synchronized List<EmChannel> expire() {
        Instant now = clock.instant();
        List<EmChannel> expired = channels.values().stream().filter(c -> !c.expires().isAfter(now))
                .collect(Collectors.toList());
        expired.forEach(c -> remove(c, Removal.EXPIRED));
        return expired;
    }

    private void remove(EmChannel channel, Removal why) {
        unindex(channel);
        channels.remove(channel.id());
        onRemoved.accept(channel, why);
    }

    void attached(EmChannel channel) {
        channel.touch(clock.instant());
    }

    Optional<EmChannel> channelOf(WebSocket socket) {
        Object attachment = socket.getAttachment();
        return attachment instanceof EmChannel c ? Optional.of(c) : Optional.empty();
    }

    private String randomId() {
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }
}
