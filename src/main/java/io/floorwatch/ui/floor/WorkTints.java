package io.floorwatch.ui.floor;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.Interaction;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Level;

import java.time.Duration;
import java.time.Instant;

/**
 * Why a floor row is tinted for the agent's work, from the per-media thresholds (Settings > Interactions): amber
 * while an interaction is past its handle time (connected, talk and hold), its hold or its after-call work; red when
 * the agent has more interactions of a media than their capacity, which routing should never allow and so needs a
 * look at once. These warn before the alert rules, which raise alerts on longer thresholds of their own.
 */
final class WorkTints {
    private WorkTints() {
    }

    static RowTints.Tint of(AgentWork work, InteractionSettings settings, Instant now) {
        if (!work.overCapacity().isEmpty()) {
            return new RowTints.Tint(Level.ALERT, "Over capacity: " + work.overCapacity()
                    + " (the agent's utilisation).");
        }
        for (Interaction interaction : work.interactions()) {
            String past = pastThreshold(interaction, settings.of(interaction.media()), now);
            if (past != null) {
                return new RowTints.Tint(Level.WARN, past);
            }
        }
        return RowTints.Tint.NONE;
    }

    /** Whether any of the agent's interactions is past one of its media's thresholds now. */
    static boolean isLong(AgentWork work, InteractionSettings settings, Instant now) {
        for (Interaction interaction : work.interactions()) {
            if (pastThreshold(interaction, settings.of(interaction.media()), now) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for the first threshold the interaction is past, or null for none. */
    private static String pastThreshold(Interaction interaction, InteractionSettings.Thresholds thresholds,
            Instant now) {
        String media = interaction.media().label();
        switch (interaction.phase()) {
            case ACW -> {
                return past(media + " in after-call work", interaction.inPhase(now), thresholds.afterCallWork(),
                        "after-call work");
            }
            case HELD -> {
                String hold = past(media + " on hold", interaction.inPhase(now), thresholds.hold(), "hold");
                if (hold != null) {
                    return hold;
                }
            }
            default -> {
                // Connected: only the handle time can be long.
            }
        }
        return past(media + " handled", interaction.handled(now), thresholds.handle(), "handle");
    }

    private static String past(String what, Duration spent, Duration threshold, String name) {
        if (spent.compareTo(threshold) < 0) {
            return null;
        }
        return what + " " + Durations.compact(spent) + ": past the " + name + " threshold ("
                + Durations.compact(threshold) + ", Settings > Interactions).";
    }
}
