package io.floorwatch.config;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * When the floor calls an interaction long, per media: the handle time (connected, talk and hold), the current
 * hold and the after-call work past which its row is highlighted. They warn before the alert rules, which set
 * their own, longer thresholds. Defaults are what a supervisor expects of each media: a call is long after 10
 * minutes and a hold after 2, a chat after 20 minutes, an email after 30, a message after 45; after-call work after
 * 2 minutes (5 for email).
 *
 * @param thresholds media to its thresholds; a media left out has the default
 */
public record InteractionSettings(Map<MediaType, Thresholds> thresholds) {
    /** The longest any threshold may be: a shift. */
    public static final long MAX_SECONDS = 12 * 3600;

    /**
     * One media's thresholds, in seconds.
     *
     * @param handleSeconds a connected interaction is long after this
     * @param holdSeconds   a hold is long after this
     * @param acwSeconds    after-call work is long after this
     */
    public record Thresholds(long handleSeconds, long holdSeconds, long acwSeconds) {
        public Thresholds {
            check("handle", handleSeconds);
            check("hold", holdSeconds);
            check("after-call work", acwSeconds);
        }

        private static void check(String what, long seconds) {
            if (seconds < 1 || seconds > MAX_SECONDS) {
                throw new IllegalArgumentException("the " + what + " threshold must be 1 s to 12 h, not " + seconds
                        + " s");
            }
        }

        public Duration handle() {
            return Duration.ofSeconds(handleSeconds);
        }

        public Duration hold() {
            return Duration.ofSeconds(holdSeconds);
        }

        public Duration afterCallWork() {
            return Duration.ofSeconds(acwSeconds);
        }

        /** On hold or in after-call work past that phase's threshold. */
        public boolean longPhase(Interaction interaction, Instant now) {
            return switch (interaction.phase()) {
                case HELD -> atLeast(interaction.heldSince(), now, holdSeconds);
                case ACW -> atLeast(interaction.acwSince(), now, acwSeconds);
                case CONNECTED -> false;
            };
        }

        /** Handled past the handle threshold; after-call work is judged by its own threshold alone. */
        public boolean longHandle(Interaction interaction, Instant now) {
            return interaction.phase() != Interaction.Phase.ACW
                    && atLeast(interaction.connectedAt(), now, handleSeconds);
        }

        /**
         * Whether at least {@code seconds} whole seconds have passed since {@code since}, without making a Duration:
         * the floor asks this of every row on every tick.
         */
        private static boolean atLeast(Instant since, Instant now, long seconds) {
            long whole = now.getEpochSecond() - since.getEpochSecond();
            if (now.getNano() < since.getNano()) {
                whole--;
            }
            return whole >= seconds;
        }
    }

    /** Whether the interaction is past one of its media's thresholds now (its phase's, or its handle time). */
    public boolean isLong(Interaction interaction, Instant now) {
        Thresholds media = of(interaction.media());
        return media.longPhase(interaction, now) || media.longHandle(interaction, now);
    }

    public InteractionSettings {
        Map<MediaType, Thresholds> all = new EnumMap<>(defaultThresholds());
        if (thresholds != null) {
            thresholds.forEach((media, t) -> all.put(Objects.requireNonNull(media, "media"),
                    Objects.requireNonNull(t, "thresholds")));
        }
        thresholds = Map.copyOf(all);
    }

    public static InteractionSettings defaults() {
        return new InteractionSettings(Map.of());
    }

    private static Map<MediaType, Thresholds> defaultThresholds() {
        Map<MediaType, Thresholds> defaults = new EnumMap<>(MediaType.class);
        defaults.put(MediaType.CALL, new Thresholds(600, 120, 120));
        defaults.put(MediaType.CALLBACK, new Thresholds(600, 120, 120));
        defaults.put(MediaType.CHAT, new Thresholds(1200, 120, 120));
        defaults.put(MediaType.EMAIL, new Thresholds(1800, 300, 300));
        defaults.put(MediaType.MESSAGE, new Thresholds(2700, 300, 120));
        return defaults;
    }

    public Thresholds of(MediaType media) {
        return thresholds.get(media);
    }

    public InteractionSettings with(MediaType media, Thresholds newThresholds) {
        Map<MediaType, Thresholds> changed = new EnumMap<>(thresholds);
        changed.put(media, newThresholds);
        return new InteractionSettings(changed);
    }
}
