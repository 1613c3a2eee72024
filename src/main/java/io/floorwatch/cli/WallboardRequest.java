package io.floorwatch.cli;

import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.WallboardLayout;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code floorwatch wallboard} asked for, checked: the layout (already read), the monitor, and where the floor
 * comes from: an org (the named connection, the demo, or the saved one) or a collector's Kafka topics alone.
 *
 * @param screen     the monitor, from 1; 0 for the last one
 * @param connection the org's connection, empty for the saved one; ignored with {@code kafka}
 * @param kafka      the collector's topics when the board reads Kafka alone (no Genesys credentials), else empty
 * @param db         the history file (without .mv.db), null for the usual one
 * @param out        where the command says what it opened
 */
public record WallboardRequest(WallboardLayout layout, int screen, Optional<ConnectionSettings> connection,
        Optional<KafkaSource> kafka, Path db, PrintWriter out) {
    public WallboardRequest {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(out, "out");
    }

    /**
     * A collector's topics.
     *
     * @param group the consumer group, blank for one per user and machine
     */
    public record KafkaSource(String bootstrap, String agentTopic, String rosterTopic, String metricsTopic,
            String group) {
    }
}
