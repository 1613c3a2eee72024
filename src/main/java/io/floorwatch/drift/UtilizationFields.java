package io.floorwatch.drift;

import io.floorwatch.domain.MediaUtilization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The org's utilisation as drift compares it: one field per media type and setting, "call.maximumCapacity",
 * "chat.interruptableMediaTypes", "email.includeNonAcd", all under the one entity {@link #ORG}.
 */
final class UtilizationFields {
    /** The entity a utilisation row is about: the org-wide setting. */
    static final String ORG = "Organization";
    static final String CAPACITY = "maximumCapacity";
    static final String INTERRUPTS = "interruptableMediaTypes";
    static final String NON_ACD = "includeNonAcd";
    private static final List<String> ATTRIBUTES = List.of(CAPACITY, INTERRUPTS, NON_ACD);

    private UtilizationFields() {
    }

    /** Every field of the setting as text, in media type order. */
    static Map<String, String> all(Map<String, MediaUtilization> utilization) {
        Map<String, String> fields = new LinkedHashMap<>();
        new TreeMap<>(utilization).forEach((type, m) -> {
            fields.put(type + "." + CAPACITY, Integer.toString(m.maximumCapacity()));
            fields.put(type + "." + INTERRUPTS, String.join(", ", m.interruptableMediaTypes()));
            fields.put(type + "." + NON_ACD, Boolean.toString(m.includeNonAcd()));
        });
        return fields;
    }

    static String mediaType(String field) {
        int dot = field.indexOf('.');
        if (dot <= 0 || !ATTRIBUTES.contains(field.substring(dot + 1))) {
            throw new IllegalArgumentException("utilisation has no field '" + field + "'");
        }
        return field.substring(0, dot);
    }

    /**
     * {@code into} with {@code field} as {@code from} has it; a media type {@code from} does not have is taken out
     * of {@code into} whole, one {@code into} does not have is taken whole from {@code from}.
     */
    static Map<String, MediaUtilization> with(Map<String, MediaUtilization> into, String field,
            Map<String, MediaUtilization> from) {
        String type = mediaType(field);
        Map<String, MediaUtilization> merged = new TreeMap<>(into);
        MediaUtilization source = from.get(type);
        MediaUtilization target = merged.get(type);
        if (source == null) {
            merged.remove(type);
        } else if (target == null) {
            merged.put(type, source);
        } else {
            merged.put(type, switch (field.substring(type.length() + 1)) {
                case CAPACITY -> new MediaUtilization(source.maximumCapacity(), target.interruptableMediaTypes(),
                        target.includeNonAcd());
                case INTERRUPTS -> new MediaUtilization(target.maximumCapacity(), source.interruptableMediaTypes(),
                        target.includeNonAcd());
                default -> new MediaUtilization(target.maximumCapacity(), target.interruptableMediaTypes(),
                        source.includeNonAcd());
            });
        }
        return merged;
    }
}
