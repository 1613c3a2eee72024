package io.floorwatch.base;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * One configured Jackson mapper per role. A mapper is thread-safe once configured, so these are shared; never
 * reconfigure one (that would change every user of the role).
 */
public final class JsonMappers {
    /** Wire and codec JSON, audit-notice details, webhooks: one line, Jackson's defaults (unknown properties fail). */
    public static final ObjectMapper COMPACT = new ObjectMapper();

    /**
     * Files a person reads or edits (skill plans, queue specs, snapshots, drift exports): indented, map entries
     * by key so a diff of two files shows only what changed, unknown properties fail so a typo is reported.
     */
    public static final ObjectMapper DOCUMENT = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The settings file: indented, and unknown properties ignored so a file a newer version wrote still loads. */
    public static final ObjectMapper SETTINGS = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonMappers() {
    }
}
