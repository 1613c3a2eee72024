package io.floorwatch.ui.settings;

import io.floorwatch.domain.QueueThresholds;

import java.util.Optional;
import java.util.function.Function;

/**
 * One of a queue's six thresholds as the settings form types it: shares as percentages ("80", "72.5 %"), counts
 * and seconds as whole numbers; empty means "inherit".
 */
public enum QueueThresholdField {
    SERVICE_LEVEL_TARGET("SL target %", QueueThresholdField.Kind.PERCENT, QueueThresholds::serviceLevelTarget),
    SERVICE_LEVEL_RED("SL red %", QueueThresholdField.Kind.PERCENT, QueueThresholds::serviceLevelRed),
    WAITING_AMBER("Waiting amber", QueueThresholdField.Kind.COUNT, QueueThresholds::waitingAmber),
    WAITING_RED("Waiting red", QueueThresholdField.Kind.COUNT, QueueThresholds::waitingRed),
    LONGEST_WAIT_AMBER("Longest wait amber s", QueueThresholdField.Kind.SECONDS,
            QueueThresholds::longestWaitAmberSeconds),
    LONGEST_WAIT_RED("Longest wait red s", QueueThresholdField.Kind.SECONDS, QueueThresholds::longestWaitRedSeconds);

    /** How a field is typed. */
    enum Kind {
        PERCENT, COUNT, SECONDS
    }

    private final String label;
    private final Kind kind;
    private final Function<QueueThresholds, Object> value;

    QueueThresholdField(String label, Kind kind, Function<QueueThresholds, Object> value) {
        this.label = label;
        this.kind = kind;
        this.value = value;
    }

    public String label() {
        return label;
    }

    /** Whether a queue's Genesys service level can supply it (its share and its time; not the waiting counts). */
    boolean fromGenesys() {
        return kind != Kind.COUNT;
    }

    /** The field's value in {@code thresholds} as typed text; empty when it has none. */
    String format(QueueThresholds thresholds) {
        Object held = value.apply(thresholds);
        if (held == null) {
            return "";
        }
        if (kind == Kind.PERCENT) {
            double percent = Math.round((Double) held * 1000) / 10.0;
            return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
        }
        return held.toString();
    }

    /**
     * The typed text as the field's value (a share for a percentage), or empty for an empty field.
     *
     * @throws IllegalArgumentException saying what to type, when the text is not of the field's kind
     */
    Optional<Number> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return switch (kind) {
                case PERCENT -> {
                    double percent = Double.parseDouble(text.endsWith("%")
                            ? text.substring(0, text.length() - 1).strip() : text);
                    if (!Double.isFinite(percent)) {
                        throw new NumberFormatException(text);
                    }
                    yield Optional.of(percent / 100);
                }
                case COUNT -> Optional.of(Integer.parseInt(text));
                case SECONDS -> Optional.of(Long.parseLong(text));
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + switch (kind) {
                case PERCENT -> "a percentage; enter 0 to 100 (80, 72.5)";
                case COUNT -> "a whole number of interactions";
                case SECONDS -> "a whole number of seconds";
            } + ", or leave it empty to inherit.");
        }
    }
}
