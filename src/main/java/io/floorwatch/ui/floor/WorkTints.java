package io.floorwatch.ui.floor;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.AlertCondition;
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
 *
 * <p>The checks ({@link #isLong}, {@link #levelOf}) run for every row on every tick of the clock and make nothing;
 * only the tooltip's sentence ({@link #of}) is made in words.
 */
final class WorkTints {
    /** The floor cell that shows a part of the agent's work, and so carries that part's tint. */
    enum Part {
        /** The Work cell: red over capacity. */
        WORK,
        /** The Now cell: amber while the interaction it shows is past its handle threshold. */
        NOW,
        /** The Phase cell: amber while that interaction's hold or after-call work is past its threshold. */
        PHASE
    }

    private WorkTints() {
    }

    /** The row's tint for the agent's work, and the sentence its tooltip says. */
    static RowTints.Tint of(AgentWork work, InteractionSettings settings, Instant now) {
        if (!work.overCapacity().isEmpty()) {
            return new RowTints.Tint(Level.ALERT, "Over capacity: " + work.overCapacity()
                    + " (the agent's utilisation).");
        }
        for (Interaction interaction : work.interactions()) {
            InteractionSettings.Thresholds thresholds = settings.of(interaction.media());
            if (thresholds.longPhase(interaction, now)) {
                return new RowTints.Tint(Level.WARN, phaseSentence(interaction, thresholds, now));
            }
            if (thresholds.longHandle(interaction, now)) {
                return new RowTints.Tint(Level.WARN, sentence(interaction.media().label() + " handled",
                        interaction.handled(now), thresholds.handle(), "handle"));
            }
        }
        return RowTints.Tint.NONE;
    }

    /** Whether any of the agent's interactions is past one of its media's thresholds now. */
    static boolean isLong(AgentWork work, InteractionSettings settings, Instant now) {
        for (Interaction interaction : work.interactions()) {
            InteractionSettings.Thresholds thresholds = settings.of(interaction.media());
            if (thresholds.longPhase(interaction, now) || thresholds.longHandle(interaction, now)) {
                return true;
            }
        }
        return false;
    }

    /** The level of the cell that shows {@code part} of the agent's work (Now and Phase: the current interaction). */
    static Level levelOf(Part part, AgentWork work, InteractionSettings settings, Instant now) {
        Interaction current = work.current();
        return switch (part) {
            case WORK -> work.overCapacity().isEmpty() ? Level.OK : Level.ALERT;
            case NOW -> current != null && settings.of(current.media()).longHandle(current, now) ? Level.WARN
                    : Level.OK;
            case PHASE -> current != null && settings.of(current.media()).longPhase(current, now) ? Level.WARN
                    : Level.OK;
        };
    }

    /** The cell an alert about the agent's work belongs on; null for an alert about their state. */
    static Part partOf(AlertCondition condition) {
        return switch (condition) {
            case OVER_CAPACITY -> Part.WORK;
            case LONG_INTERACTION -> Part.NOW;
            case LONG_HOLD, LONG_ACW -> Part.PHASE;
            default -> null;
        };
    }

    private static String phaseSentence(Interaction interaction, InteractionSettings.Thresholds thresholds,
            Instant now) {
        String media = interaction.media().label();
        return interaction.phase() == Interaction.Phase.ACW
                ? sentence(media + " in after-call work", interaction.inPhase(now), thresholds.afterCallWork(),
                        "after-call work")
                : sentence(media + " on hold", interaction.inPhase(now), thresholds.hold(), "hold");
    }

    private static String sentence(String what, Duration spent, Duration threshold, String name) {
        return what + " " + Durations.compact(spent) + ": past the " + name + " threshold ("
                + Durations.compact(threshold) + ", Settings > Interactions).";
    }
}
